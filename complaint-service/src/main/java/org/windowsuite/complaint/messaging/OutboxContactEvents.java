package org.windowsuite.complaint.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.complaint.domain.Contact;
import org.windowsuite.complaint.domain.ContactEvents;
import org.windowsuite.complaint.domain.Transfer;
import org.windowsuite.contracts.ContactChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.outbox.Envelope;
import org.windowsuite.outbox.Envelopes;
import org.windowsuite.outbox.Outbox;

/** Maps contact changes to complaint.contacts.v1 via the outbox; no client or reporter detail leaves the service. */
@ApplicationScoped
public class OutboxContactEvents implements ContactEvents {

    private final Outbox outbox;
    private final Envelopes envelopes;

    public OutboxContactEvents(Outbox outbox, Envelopes envelopes) {
        this.outbox = outbox;
        this.envelopes = envelopes;
    }

    @Override
    public void changed(Contact c, String change, Transfer t, String responsible, String actingFor, Limits days) {
        Envelope e = envelopes.of(ContactChanged.TYPE, c.id.toString(), c.nextEventVersion());
        outbox.publish(Topics.COMPLAINT_CONTACTS, new ContactChanged(e.eventId(), e.type(), e.version(),
                e.occurredAt(), e.aggregateId(), change, t == null ? null : t.id.toString(), c.kind, c.department,
                c.owner, responsible, actingFor, days == null ? null : days.acknowledge(),
                days == null ? null : days.contact(), days == null ? null : days.resolve()));
    }
}
