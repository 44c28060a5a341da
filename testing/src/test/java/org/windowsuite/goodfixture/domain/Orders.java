package org.windowsuite.goodfixture.domain;

/** The port the domain owns. */
public interface Orders {

    Order byId(Order order);
}
