package org.windowsuite.outbox.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * What every repository adapter does alike for the domain port it implements: the ports name finding by id, adding
 * and removing the same way, and a repository extending this implements those three without writing them again.
 */
public abstract class PanacheStore<E, I> implements PanacheRepositoryBase<E, I> {

    /** The entity, or null. */
    public E byId(I id) {
        return findById(id);
    }

    public void add(E entity) {
        persist(entity);
    }

    public void remove(E entity) {
        delete(entity);
    }
}
