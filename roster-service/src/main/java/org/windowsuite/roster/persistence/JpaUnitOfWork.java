package org.windowsuite.roster.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.windowsuite.roster.domain.UnitOfWork;

@ApplicationScoped
public class JpaUnitOfWork implements UnitOfWork {

    private final EntityManager em;

    public JpaUnitOfWork(EntityManager em) {
        this.em = em;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void forceVersionIncrement(Object entity) {
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
