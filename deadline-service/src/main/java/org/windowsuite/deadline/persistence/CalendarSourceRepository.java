package org.windowsuite.deadline.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.deadline.domain.CalendarSource;

@ApplicationScoped
public class CalendarSourceRepository implements PanacheRepositoryBase<CalendarSource, Integer> {

    /** Holds the year until the transaction ends, so replicas seeding at the same start never interleave versions. */
    public void lockYear(int year) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, 0xCA1E0DA7L + year)
                .getSingleResult();
    }

    /** The latest version of the year loaded so far; 0 before the first. */
    public long latestVersion(int year) {
        Number held = (Number) getEntityManager().createNativeQuery(
                "select max(version) from calendar_year where year = ?1").setParameter(1, year).getSingleResult();
        return held == null ? 0 : held.longValue();
    }
}
