package org.windowsuite.complaint.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.Roles;
import org.windowsuite.complaint.domain.Contact;
import org.windowsuite.complaint.domain.ContactHistory;
import org.windowsuite.complaint.domain.ContactService;
import org.windowsuite.complaint.domain.ReporterProtection;
import org.windowsuite.complaint.domain.Transfer;

/** How a contact is shown, with the reporter's identity only for complaint officers (FI-7). */
@ApplicationScoped
public class ContactViews {

    private final ContactService contacts;
    private final CurrentActor actor;
    private final OfficeConfig office;

    public ContactViews(ContactService contacts, CurrentActor actor, OfficeConfig office) {
        this.contacts = contacts;
        this.actor = actor;
        this.office = office;
    }

    public record TransferView(UUID id, String from, String requestedTo, String receiver, String coveringFor,
            String note, OffsetDateTime transferredAt, OffsetDateTime acknowledgedAt, OffsetDateTime contactedAt,
            OffsetDateTime resolvedAt, String resolution, OffsetDateTime acknowledgeDue, OffsetDateTime contactDue,
            OffsetDateTime resolveDue) {
    }

    public record HistoryView(OffsetDateTime at, String action, String actor, String actingFor, String detail) {
    }

    public record ContactView(UUID id, String kind, String channel, String firstReceiver, List<String> presentStaff,
            String owner, String ownerRule, String state, String outcome, ContactService.Client client,
            boolean anonymous, String matter, String serviceItemCode, String postId, String department, String answer,
            String guidance, String referredTo, Integer rating, String ratingComment, boolean followUp,
            OffsetDateTime receivedAt, OffsetDateTime closedAt, List<TransferView> transfers,
            List<HistoryView> history) {
    }

    public ContactView view(Contact c) {
        return new ContactView(c.id, c.kind, c.channel, c.firstReceiver, c.presentStaff, c.owner, c.ownerRule, c.state,
                c.outcome, ReporterProtection.clientAsSeenBy(c, actor.hasRole(Roles.COMPLAINT_OFFICER)), c.anonymous, c.matter, c.serviceItemCode,
                c.postId, c.department, c.answer, c.guidance, c.referredTo, c.rating, c.ratingComment, c.followUp,
                office.at(c.receivedAt), office.at(c.closedAt),
                contacts.transfersOf(c.id).stream().map(this::view).toList(),
                contacts.historyOf(c.id).stream().map(this::view).toList());
    }

    public TransferView view(Transfer t) {
        return new TransferView(t.id, t.fromStaff, t.requestedTo, t.receiver, t.coveringFor, t.note,
                office.at(t.transferredAt), office.at(t.acknowledgedAt), office.at(t.contactedAt),
                office.at(t.resolvedAt), t.resolution,
                office.at(t.ackDue), office.at(t.contactDue), office.at(t.resolveDue));
    }

    private HistoryView view(ContactHistory h) {
        return new HistoryView(office.at(h.at), h.action, h.actor, h.actingFor, h.detail);
    }

}
