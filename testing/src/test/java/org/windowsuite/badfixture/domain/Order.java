package org.windowsuite.badfixture.domain;

/** A domain that reaches into persistence for its repository. */
public class Order {

    private final org.windowsuite.badfixture.persistence.OrderTable table;

    public Order(org.windowsuite.badfixture.persistence.OrderTable table) {
        this.table = table;
    }

    public Order reload() {
        return table.byId(this);
    }
}
