package org.windowsuite.roster.domain;

/** The transaction's pending writes, for the few places whose order matters; persistence implements it. */
public interface UnitOfWork {

    /** Writes pending changes now: before a version is published, or before an insert a unique index orders. */
    void flush();

    /** Counts {@code entity}'s version up when the transaction commits even if none of its fields changed. */
    void forceVersionIncrement(Object entity);
}
