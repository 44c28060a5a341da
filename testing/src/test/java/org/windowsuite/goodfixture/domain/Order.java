package org.windowsuite.goodfixture.domain;

public class Order {

    private final Orders orders;

    public Order(Orders orders) {
        this.orders = orders;
    }

    public Order reload() {
        return orders.byId(this);
    }
}
