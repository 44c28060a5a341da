package org.windowsuite.roster.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.contracts.StaffChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.outbox.Envelope;
import org.windowsuite.outbox.Envelopes;
import org.windowsuite.outbox.Outbox;
import org.windowsuite.roster.domain.Staff;
import org.windowsuite.roster.domain.StaffEvents;

/** Maps staff changes to the {@code roster.staff.v1} contract via the outbox, keyed by the staff id. */
@ApplicationScoped
public class OutboxStaffEvents implements StaffEvents {

    private final Outbox outbox;
    private final Envelopes envelopes;

    public OutboxStaffEvents(Outbox outbox, Envelopes envelopes) {
        this.outbox = outbox;
        this.envelopes = envelopes;
    }

    @Override
    public void staffChanged(Staff s) {
        Envelope e = envelopes.of(StaffChanged.TYPE, s.id, s.eventVersion());
        outbox.publish(Topics.ROSTER_STAFF, new StaffChanged(e.eventId(), e.type(), e.version(), e.occurredAt(),
                e.aggregateId(), s.id, s.name, s.department, s.rank, s.active));
    }
}
