package org.windowsuite.deadline.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.Topics;
import org.windowsuite.deadline.domain.AlertEvents;
import org.windowsuite.deadline.domain.DeadlineClock;
import org.windowsuite.outbox.Outbox;

/** Maps clock changes to the {@code deadline.alerts.v1} contract via the outbox, keyed by the clock. */
@ApplicationScoped
public class OutboxAlertEvents implements AlertEvents {

    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;

    public OutboxAlertEvents(Outbox outbox, Clock clock, OfficeConfig office) {
        this.outbox = outbox;
        this.clock = clock;
        this.zone = office.zone();
    }

    @Override
    public void alert(DeadlineClock c, String alert, Instant previousDueAt) {
        outbox.publish(Topics.DEADLINE_ALERTS, new DeadlineAlert(UUID.randomUUID(), DeadlineAlert.TYPE,
                c.alertVersion, OffsetDateTime.now(clock), c.id.toString(), alert, c.subjectType, c.subjectId, c.kind,
                c.level.name(), at(c.dueAt), at(previousDueAt), c.department, c.postId, c.holder, c.actingFor,
                c.dueProvisional));
    }

    private OffsetDateTime at(Instant i) {
        return i == null ? null : i.atZone(zone).toOffsetDateTime();
    }
}
