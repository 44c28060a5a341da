package org.windowsuite.common.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The working-day calendar a service knows, kept in its own database (tables from {@code db/calendar}) and
 * cached as an immutable {@link WorkingCalendar}; rebuilt when a year is applied here or by another replica.
 */
@ApplicationScoped
public class CalendarStore {

    private final EntityManager em;
    private final TransactionSynchronizationRegistry registry;
    private volatile WorkingCalendar calendar;
    private volatile long loadedStamp = -1;
    private volatile long checkedAt;
    private static final long RECHECK_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    public CalendarStore(EntityManager em, TransactionSynchronizationRegistry registry) {
        this.em = em;
        this.registry = registry;
    }

    /**
     * Replaces a year's days when the event is newer than what the projection holds; returns false for a stale
     * or repeated version.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyYear(int year, long version, List<CalendarDay> days) {
        Number held = (Number) em.createNativeQuery("select max(version) from calendar_year where year = ?1")
                .setParameter(1, year).getSingleResult();
        if (held != null && held.longValue() >= version) {
            return false;
        }
        invalidateAfterCommit();
        em.createNativeQuery("delete from calendar_day where year = ?1").setParameter(1, year).executeUpdate();
        em.createNativeQuery("insert into calendar_year (year, version) values (?1, ?2) "
                + "on conflict (year) do update set version = excluded.version")
                .setParameter(1, year).setParameter(2, version).executeUpdate();
        for (CalendarDay d : days) {
            em.createNativeQuery("insert into calendar_day (year, day, name, off_day) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, year).setParameter(2, d.date()).setParameter(3, d.name())
                    .setParameter(4, d.offDay()).executeUpdate();
        }
        return true;
    }

    private void invalidateAfterCommit() {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                calendar = null;
            }
        });
    }

    /** The calendar as the database holds it now, bypassing the cache (after a load in another transaction). */
    public WorkingCalendar fresh() {
        WorkingCalendar c = QuarkusTransaction.joiningExisting().call(this::load);
        calendar = c;
        return c;
    }

    public WorkingCalendar calendar() {
        WorkingCalendar c = calendar;
        long now = System.nanoTime();
        // another replica may have applied a calendar event: look at the database now and then
        if (c != null && now - checkedAt > RECHECK_NANOS) {
            checkedAt = now;
            if (QuarkusTransaction.joiningExisting().call(this::stamp) != loadedStamp) {
                c = null;
            }
        }
        if (c == null) {
            c = QuarkusTransaction.joiningExisting().call(this::load);
            calendar = c;
            checkedAt = now;
        }
        return c;
    }

    private long stamp() {
        return ((Number) em.createNativeQuery(
                "select coalesce(sum(version), 0) * 100000 + count(*) from calendar_year").getSingleResult())
                .longValue();
    }

    @SuppressWarnings("unchecked")
    private WorkingCalendar load() {
        long stamp = stamp();
        List<Integer> years = ((List<Number>) em.createNativeQuery("select year from calendar_year").getResultList())
                .stream().map(Number::intValue).toList();
        List<CalendarDay> days = new ArrayList<>();
        // later notices override what an earlier notice said about the same date
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "select day, name, off_day from calendar_day order by year").getResultList()) {
            LocalDate day = row[0] instanceof Date d ? d.toLocalDate() : (LocalDate) row[0];
            days.add(new CalendarDay(day, (String) row[1], (Boolean) row[2]));
        }
        loadedStamp = stamp;
        return WorkingCalendar.of(years, days);
    }
}
