package org.windowsuite.deadline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.windowsuite.common.calendar.WorkingCalendar;

/**
 * SC-2.3/SC-2.4 arithmetic of one clock: due at the end of office hours of the span-th working day after the
 * start day (the start day never counts); a warning when {@code warnDays} working days or {@code warnFraction}
 * of the span remain, whichever comes first.
 */
public record ClockPolicy(ZoneId zone, LocalTime opens, LocalTime closes, int warnDays, double warnFraction) {

    public record Times(LocalDate dueDay, Instant dueAt, Instant warnAt) {
    }

    public Times times(WorkingCalendar calendar, LocalDate startDay, int span, Instant startAt) {
        LocalDate dueDay = calendar.add(startDay, span);
        Instant dueAt = dueDay.atTime(closes).atZone(zone).toInstant();
        if (!dueAt.isAfter(startAt)) {
            // started after office hours on the due day itself (a same-day limit): due the next working day
            dueDay = calendar.add(dueDay, 1);
            dueAt = dueDay.atTime(closes).atZone(zone).toInstant();
        }
        int remaining = Math.max(warnDays, (int) Math.ceil(warnFraction * span));
        Instant warnAt = null;
        if (span > 0 && remaining <= span) {
            Instant candidate = calendar.subtract(dueDay, remaining).atTime(closes).atZone(zone).toInstant();
            warnAt = candidate.isAfter(startAt) ? candidate : null;
        }
        return new Times(dueDay, dueAt, warnAt);
    }

    /** Working days a pause cost: those after the day it began, up to and including the day it ended. */
    public int lostDays(WorkingCalendar calendar, Instant pausedAt, Instant resumedAt) {
        return Math.max(0, calendar.between(pausedAt.atZone(zone).toLocalDate(), resumedAt.atZone(zone).toLocalDate()));
    }

    /** While overdue, a reminder goes out at the opening of every following working day. */
    public Instant nextReminder(WorkingCalendar calendar, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate next;
        try {
            next = calendar.add(today, 1);
        } catch (RuntimeException unpublished) {
            next = today.plusDays(1);
        }
        return next.atTime(opens).atZone(zone).toInstant();
    }
}
