package org.windowsuite.complaint.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.windowsuite.complaint.domain.Contact;
import org.windowsuite.complaint.domain.ContactEvents;
import org.windowsuite.complaint.domain.Transfer;
import org.windowsuite.contracts.ContactChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.outbox.Outbox;

/** Maps contact changes to complaint.contacts.v1 via the outbox; no client or reporter detail leaves the service. */
@ApplicationScoped
public class OutboxContactEvents implements ContactEvents {

    private final Outbox outbox;
    private final Clock clock;

    public OutboxContactEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void changed(Contact c, String change, Transfer t, String responsible, String actingFor, Limits days) {
        c.eventVersion++;
        outbox.publish(Topics.COMPLAINT_CONTACTS, new ContactChanged(UUID.randomUUID(), ContactChanged.TYPE,
                c.eventVersion, OffsetDateTime.now(clock), c.id.toString(), change, t == null ? null : t.id.toString(),
                c.kind, c.department, c.owner, responsible, actingFor, days == null ? null : days.acknowledge(),
                days == null ? null : days.contact(), days == null ? null : days.resolve()));
    }
}
