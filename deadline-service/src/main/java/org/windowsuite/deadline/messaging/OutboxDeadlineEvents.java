package org.windowsuite.deadline.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.windowsuite.common.calendar.CalendarDay;
import org.windowsuite.contracts.CalendarYearPublished;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.Topics;
import org.windowsuite.deadline.domain.AlertEvents;
import org.windowsuite.deadline.domain.CalendarEvents;
import org.windowsuite.deadline.domain.DeadlineClock;
import org.windowsuite.outbox.Envelope;
import org.windowsuite.outbox.Envelopes;
import org.windowsuite.outbox.Outbox;

/** Maps what deadline-service announces to its contracts via the outbox, in the transaction of the change. */
@ApplicationScoped
public class OutboxDeadlineEvents implements AlertEvents, CalendarEvents {

    private final Outbox outbox;
    private final Envelopes envelopes;

    public OutboxDeadlineEvents(Outbox outbox, Envelopes envelopes) {
        this.outbox = outbox;
        this.envelopes = envelopes;
    }

    /** {@code deadline.alerts.v1}, keyed by the clock. */
    @Override
    public void alert(DeadlineClock c, String alert, Instant previousDueAt) {
        Envelope e = envelopes.of(DeadlineAlert.TYPE, c.id.toString(), c.alertVersion);
        outbox.publish(Topics.DEADLINE_ALERTS, new DeadlineAlert(e.eventId(), e.type(), e.version(), e.occurredAt(),
                e.aggregateId(), alert, c.subjectType, c.subjectId, c.kind, c.level.name(), envelopes.local(c.dueAt),
                envelopes.local(previousDueAt), c.department, c.postId, c.holder, c.actingFor, c.dueProvisional));
    }

    /** {@code calendar.years.v1}, keyed by the year; its version counts publications. */
    @Override
    public void yearPublished(int year, long version, List<CalendarDay> days) {
        Envelope e = envelopes.of(CalendarYearPublished.TYPE, String.valueOf(year), version);
        outbox.publish(Topics.CALENDAR_YEARS, new CalendarYearPublished(e.eventId(), e.type(), e.version(),
                e.occurredAt(), e.aggregateId(), year,
                days.stream().map(d -> new CalendarYearPublished.Day(d.date(), d.name(), d.offDay())).toList()));
    }
}
