package org.windowsuite.intake.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.windowsuite.intake.domain.StatisticsCounts;

/** The native queries behind {@link StatisticsCounts}. */
@ApplicationScoped
public class StatisticsQueries implements StatisticsCounts {

    /** The grouping keys per table: application, reception, appointment. */
    private static final Map<String, String[]> KEYS = Map.of(
            "post", new String[] {"coalesce(post_id, '-')", "coalesce(post_id, '-')", "post_id"},
            "staff", new String[] {"received_by", "staff_id", "booked_by"},
            "item", new String[] {"item_code", "coalesce(item_code, '-')", "coalesce(item_code, '-')"},
            "day", new String[] {"to_char(received_at at time zone :zone, 'YYYY-MM-DD')",
                "to_char(at at time zone :zone, 'YYYY-MM-DD')", "to_char(day, 'YYYY-MM-DD')"});

    private final EntityManager em;

    public StatisticsQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean groups(String groupBy) {
        return KEYS.containsKey(groupBy);
    }

    @Override
    public List<ApplicationCounts> applications(String groupBy, Instant start, Instant end, Instant now, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("select " + KEYS.get(groupBy)[0] + " as k, count(*), count(accepted_at), "
                + "count(*) filter (where first_notice is not null), "
                + "count(*) filter (where outcome = 'REFUSED'), count(*) filter (where outcome = 'REFERRED'), "
                + "count(*) filter (where state = 'COMPLETED'), "
                + "count(*) filter (where state = 'COMPLETED' and promised_due is not null and completed_at <= promised_due), "
                + "count(*) filter (where promised_due is not null and coalesce(completed_at, :now) > promised_due) "
                + "from application where received_at >= :start and received_at < :end group by k", groupBy, zone)
                .setParameter("start", start).setParameter("end", end).setParameter("now", now).getResultList();
        return rows.stream().map(r -> new ApplicationCounts((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]),
                n(r[5]), n(r[6]), n(r[7]), n(r[8]))).toList();
    }

    @Override
    public Map<String, Long> receptions(String groupBy, Instant start, Instant end, ZoneId zone) {
        return counts(query("select " + KEYS.get(groupBy)[1] + " as k, count(*) from reception "
                + "where at >= :start and at < :end group by k", groupBy, zone)
                .setParameter("start", start).setParameter("end", end));
    }

    @Override
    public Map<String, Long> appointments(String groupBy, LocalDate from, LocalDate to) {
        return counts(em.createNativeQuery("select " + KEYS.get(groupBy)[2] + " as k, count(*) from appointment "
                + "where day between ?1 and ?2 group by k").setParameter(1, from).setParameter(2, to));
    }

    /** Grouping by day needs the office zone, so that a day is the office's day. */
    private Query query(String sql, String groupBy, ZoneId zone) {
        Query q = em.createNativeQuery(sql);
        return groupBy.equals("day") ? q.setParameter("zone", zone.getId()) : q;
    }

    private static Map<String, Long> counts(Query q) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], n(r[1]));
        }
        return counts;
    }

    private static long n(Object count) {
        return ((Number) count).longValue();
    }
}
