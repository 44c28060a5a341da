package org.windowsuite.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.RuleViolationException;

/** WP-8: the statistics summaries by post, staff, item or day. */
@ApplicationScoped
public class StatisticsService {

    public record Row(String key, long receptions, long received, long accepted, long incomplete, long refused,
            long referred, long completed, long completedOnTime, long overdue, long appointments) {
    }

    private final StatisticsCounts queries;
    private final Clock clock;
    private final ZoneId zone;

    public StatisticsService(StatisticsCounts queries, Clock clock, OfficeConfig office) {
        this.queries = queries;
        this.clock = clock;
        this.zone = office.zone();
    }

    public List<Row> summarise(LocalDate from, LocalDate to, String groupBy) {
        if (!queries.groups(groupBy)) {
            throw new RuleViolationException("WP-8", "groupBy must be one of post, staff, item, day");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("WP-8", "the period ends before it starts");
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, StatisticsCounts.ApplicationCounts> apps = new TreeMap<>();
        queries.applications(groupBy, start, end, clock.instant(), zone).forEach(a -> apps.put(a.key(), a));
        Map<String, Long> receptions = queries.receptions(groupBy, start, end, zone);
        Map<String, Long> appointments = queries.appointments(groupBy, from, to);
        TreeMap<String, Row> rows = new TreeMap<>();
        for (String key : keys(apps.keySet(), receptions.keySet(), appointments.keySet())) {
            StatisticsCounts.ApplicationCounts a = apps.getOrDefault(key,
                    new StatisticsCounts.ApplicationCounts(key, 0, 0, 0, 0, 0, 0, 0, 0));
            rows.put(key, new Row(key, receptions.getOrDefault(key, 0L), a.received(), a.accepted(), a.incomplete(),
                    a.refused(), a.referred(), a.completed(), a.completedOnTime(), a.overdue(),
                    appointments.getOrDefault(key, 0L)));
        }
        return List.copyOf(rows.values());
    }

    @SafeVarargs
    private static SortedSet<String> keys(Set<String>... sets) {
        SortedSet<String> keys = new TreeSet<>();
        for (Set<String> s : sets) {
            keys.addAll(s);
        }
        return keys;
    }
}
