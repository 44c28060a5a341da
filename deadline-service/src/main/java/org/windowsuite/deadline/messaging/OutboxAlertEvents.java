package org.windowsuite.deadline.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.Topics;
import org.windowsuite.deadline.domain.AlertEvents;
import org.windowsuite.deadline.domain.DeadlineClock;
import org.windowsuite.outbox.Envelope;
import org.windowsuite.outbox.Envelopes;
import org.windowsuite.outbox.Outbox;

/** Maps clock changes to the {@code deadline.alerts.v1} contract via the outbox, keyed by the clock. */
@ApplicationScoped
public class OutboxAlertEvents implements AlertEvents {

    private final Outbox outbox;
    private final Envelopes envelopes;

    public OutboxAlertEvents(Outbox outbox, Envelopes envelopes) {
        this.outbox = outbox;
        this.envelopes = envelopes;
    }

    @Override
    public void alert(DeadlineClock c, String alert, Instant previousDueAt) {
        Envelope e = envelopes.of(DeadlineAlert.TYPE, c.id.toString(), c.alertVersion);
        outbox.publish(Topics.DEADLINE_ALERTS, new DeadlineAlert(e.eventId(), e.type(), e.version(), e.occurredAt(),
                e.aggregateId(), alert, c.subjectType, c.subjectId, c.kind, c.level.name(), envelopes.local(c.dueAt),
                envelopes.local(previousDueAt), c.department, c.postId, c.holder, c.actingFor, c.dueProvisional));
    }
}
