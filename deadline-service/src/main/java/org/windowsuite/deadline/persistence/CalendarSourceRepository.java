package org.windowsuite.deadline.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.windowsuite.deadline.domain.CalendarSource;
import org.windowsuite.deadline.domain.CalendarSources;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class CalendarSourceRepository extends PanacheStore<CalendarSource, Integer> implements CalendarSources {

    @Override
    public CalendarSource byYear(int year) {
        return findById(year);
    }

    @Override
    public List<CalendarSource> all() {
        return listAll(Sort.by("year"));
    }

    @Override
    public void lockYear(int year) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, 0xCA1E0DA7L + year)
                .getSingleResult();
    }

    @Override
    public long latestVersion(int year) {
        Number held = (Number) getEntityManager().createNativeQuery(
                "select max(version) from calendar_year where year = ?1").setParameter(1, year).getSingleResult();
        return held == null ? 0 : held.longValue();
    }
}
