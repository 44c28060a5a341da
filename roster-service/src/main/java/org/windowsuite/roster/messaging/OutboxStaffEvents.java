package org.windowsuite.roster.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.windowsuite.contracts.StaffChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.outbox.Outbox;
import org.windowsuite.roster.domain.Staff;
import org.windowsuite.roster.domain.StaffEvents;

@ApplicationScoped
public class OutboxStaffEvents implements StaffEvents {

    private final Outbox outbox;
    private final Clock clock;

    public OutboxStaffEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void staffChanged(Staff s) {
        // called after a flush: the row's JPA version starts at 0, events count from 1
        outbox.publish(Topics.ROSTER_STAFF, new StaffChanged(UUID.randomUUID(), StaffChanged.TYPE, s.version + 1,
                OffsetDateTime.now(clock), s.id, s.id, s.name, s.department, s.rank, s.active));
    }
}
