package org.windowsuite.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.RuleViolationException;

/** WP-8: the statistics summaries by post, staff, item or day. */
@ApplicationScoped
public class StatisticsService {

    public record Row(String key, long receptions, long received, long accepted, long incomplete, long refused,
            long referred, long completed, long completedOnTime, long overdue, long appointments) {
    }

    private static final Map<String, String[]> KEYS = Map.of(
            // application key, reception key, appointment key
            "post", new String[] {"coalesce(post_id, '-')", "coalesce(post_id, '-')", "post_id"},
            "staff", new String[] {"received_by", "staff_id", "booked_by"},
            "item", new String[] {"item_code", "coalesce(item_code, '-')", "coalesce(item_code, '-')"},
            "day", new String[] {"to_char(received_at at time zone :zone, 'YYYY-MM-DD')",
                "to_char(at at time zone :zone, 'YYYY-MM-DD')", "to_char(day, 'YYYY-MM-DD')"});

    private final EntityManager em;
    private final Clock clock;
    private final ZoneId zone;

    public StatisticsService(EntityManager em, Clock clock, OfficeConfig office) {
        this.em = em;
        this.clock = clock;
        this.zone = office.zone();
    }

    /** Grouping by day needs the office zone, so that a day is the office's day. */
    private jakarta.persistence.Query query(String sql, String groupBy) {
        jakarta.persistence.Query q = em.createNativeQuery(sql);
        return groupBy.equals("day") ? q.setParameter("zone", zone.getId()) : q;
    }

    @SuppressWarnings("unchecked")
    public List<Row> summarise(LocalDate from, LocalDate to, String groupBy) {
        String[] key = KEYS.get(groupBy);
        if (key == null) {
            throw new RuleViolationException("WP-8", "groupBy must be one of post, staff, item, day");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("WP-8", "the period ends before it starts");
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, long[]> rows = new TreeMap<>();
        List<Object[]> apps = query("select " + key[0] + " as k, count(*), count(accepted_at), "
                + "count(*) filter (where first_notice is not null), "
                + "count(*) filter (where outcome = 'REFUSED'), count(*) filter (where outcome = 'REFERRED'), "
                + "count(*) filter (where state = 'COMPLETED'), "
                + "count(*) filter (where state = 'COMPLETED' and promised_due is not null and completed_at <= promised_due), "
                + "count(*) filter (where promised_due is not null and coalesce(completed_at, :now) > promised_due) "
                + "from application where received_at >= :start and received_at < :end group by k", groupBy)
                .setParameter("start", start).setParameter("end", end).setParameter("now", clock.instant()).getResultList();
        for (Object[] r : apps) {
            long[] v = rows.computeIfAbsent((String) r[0], k -> new long[10]);
            for (int i = 1; i <= 8; i++) {
                v[i] = ((Number) r[i]).longValue();
            }
        }
        for (Object[] r : (List<Object[]>) query("select " + key[1] + " as k, count(*) from reception "
                + "where at >= :start and at < :end group by k", groupBy)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            rows.computeIfAbsent((String) r[0], k -> new long[10])[0] = ((Number) r[1]).longValue();
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select " + key[2] + " as k, count(*) from appointment "
                + "where day between ?1 and ?2 group by k").setParameter(1, from).setParameter(2, to).getResultList()) {
            rows.computeIfAbsent((String) r[0], k -> new long[10])[9] = ((Number) r[1]).longValue();
        }
        return rows.entrySet().stream().map(e -> {
            long[] v = e.getValue();
            return new Row(e.getKey(), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
        }).toList();
    }
}
