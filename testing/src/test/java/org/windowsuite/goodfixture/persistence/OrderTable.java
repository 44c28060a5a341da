package org.windowsuite.goodfixture.persistence;

import org.windowsuite.goodfixture.domain.Order;
import org.windowsuite.goodfixture.domain.Orders;

public class OrderTable implements Orders {

    @Override
    public Order byId(Order order) {
        return order;
    }
}
