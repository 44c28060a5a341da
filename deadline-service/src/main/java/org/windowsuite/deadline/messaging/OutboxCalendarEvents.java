package org.windowsuite.deadline.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.calendar.CalendarDay;
import org.windowsuite.contracts.CalendarYearPublished;
import org.windowsuite.contracts.Topics;
import org.windowsuite.deadline.domain.CalendarEvents;
import org.windowsuite.outbox.Outbox;

@ApplicationScoped
public class OutboxCalendarEvents implements CalendarEvents {

    private final Outbox outbox;
    private final Clock clock;

    public OutboxCalendarEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void yearPublished(int year, long version, List<CalendarDay> days) {
        outbox.publish(Topics.CALENDAR_YEARS, new CalendarYearPublished(UUID.randomUUID(), CalendarYearPublished.TYPE,
                version, OffsetDateTime.now(clock), String.valueOf(year), year,
                days.stream().map(d -> new CalendarYearPublished.Day(d.date(), d.name(), d.offDay())).toList()));
    }
}
