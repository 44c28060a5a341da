package org.windowsuite.deadline.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.windowsuite.common.calendar.CalendarDay;
import org.windowsuite.contracts.CalendarYearPublished;
import org.windowsuite.contracts.Topics;
import org.windowsuite.deadline.domain.CalendarEvents;
import org.windowsuite.outbox.Envelope;
import org.windowsuite.outbox.Envelopes;
import org.windowsuite.outbox.Outbox;

/** Announces a calendar year on {@code calendar.years.v1}, keyed by the year; its version counts publications. */
@ApplicationScoped
public class OutboxCalendarEvents implements CalendarEvents {

    private final Outbox outbox;
    private final Envelopes envelopes;

    public OutboxCalendarEvents(Outbox outbox, Envelopes envelopes) {
        this.outbox = outbox;
        this.envelopes = envelopes;
    }

    @Override
    public void yearPublished(int year, long version, List<CalendarDay> days) {
        Envelope e = envelopes.of(CalendarYearPublished.TYPE, String.valueOf(year), version);
        outbox.publish(Topics.CALENDAR_YEARS, new CalendarYearPublished(e.eventId(), e.type(), e.version(),
                e.occurredAt(), e.aggregateId(), year,
                days.stream().map(d -> new CalendarYearPublished.Day(d.date(), d.name(), d.offDay())).toList()));
    }
}
