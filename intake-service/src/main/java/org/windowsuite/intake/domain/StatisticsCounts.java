package org.windowsuite.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** WP-8: the counts behind the statistics summaries, grouped by post, staff, item or the office's day. */
public interface StatisticsCounts {

    /** One group's applications: received, and how many of them ended each way. */
    record ApplicationCounts(String key, long received, long accepted, long incomplete, long refused,
            long referred, long completed, long completedOnTime, long overdue) {
    }

    /** Whether {@code groupBy} is one of post, staff, item, day. */
    boolean groups(String groupBy);

    List<ApplicationCounts> applications(String groupBy, Instant start, Instant end, Instant now, ZoneId zone);

    Map<String, Long> receptions(String groupBy, Instant start, Instant end, ZoneId zone);

    Map<String, Long> appointments(String groupBy, LocalDate from, LocalDate to);
}
