package org.windowsuite.badfixture.persistence;

import org.windowsuite.badfixture.domain.Order;

public class OrderTable {

    public Order byId(Order order) {
        return order;
    }
}
