package org.windowsuite.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A State Council holiday schedule loaded or corrected in deadline-service. Aggregate: the notice year; a
 * correction carries a higher version and replaces the year's days whole.
 */
public record CalendarYearPublished(
        UUID eventId,
        String type,
        long version,
        OffsetDateTime occurredAt,
        String aggregateId,
        int year,
        List<Day> days) implements DomainEvent {

    public static final String TYPE = "CalendarYearPublished";

    /** {@code offDay} true: a holiday; false: a make-up working day. */
    public record Day(LocalDate date, String name, boolean offDay) {
    }
}
