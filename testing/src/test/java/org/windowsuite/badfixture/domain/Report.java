package org.windowsuite.badfixture.domain;

import jakarta.persistence.EntityManager;

/** A domain that talks to the store itself. */
public class Report {

    private final EntityManager em;

    public Report(EntityManager em) {
        this.em = em;
    }

    public void clear() {
        em.clear();
    }
}
