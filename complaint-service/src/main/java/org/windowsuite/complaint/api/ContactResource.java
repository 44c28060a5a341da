package org.windowsuite.complaint.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.Roles;
import org.windowsuite.complaint.domain.Contact;
import org.windowsuite.complaint.domain.ContactHistory;
import org.windowsuite.complaint.domain.ContactService;
import org.windowsuite.complaint.domain.ReporterProtection;
import org.windowsuite.complaint.domain.Transfer;

/** First-inquiry contacts (FI-1..FI-5) and their transfers (FI-4). */
@Path("/api/complaints")
@Authenticated
public class ContactResource {

    private final ContactService contacts;
    private final CurrentActor actor;
    private final ZoneId zone;

    public ContactResource(ContactService contacts, CurrentActor actor, OfficeConfig office) {
        this.contacts = contacts;
        this.actor = actor;
        this.zone = office.zone();
    }

    public record ClientRequest(@Size(max = 200) String unit, @Size(max = 200) String name, @Size(max = 40) String phone,
            @Size(max = 100) String preference) {
    }

    public record ContactRequest(
            @NotNull @Pattern(regexp = "CONSULTATION|QUERY|COMPLAINT|REPORT|SUGGESTION|OPINION|BUSINESS") String kind,
            @NotNull @Pattern(regexp = "VISIT|PHONE|LETTER|FAX|EMAIL|ONLINE") String channel,
            @NotBlank String firstReceiver, List<@NotBlank String> presentStaff, @Valid ClientRequest client,
            @NotBlank @Size(max = 4000) String matter, String serviceItemCode, String postId) {
    }

    public record TransferRequest(@NotBlank String to, @Size(max = 2000) String note) {
    }

    public record TextRequest(@NotBlank @Size(max = 4000) String text) {
    }

    public record ReferRequest(@NotBlank String to, @Size(max = 2000) String note) {
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

    @POST
    @Path("/contacts")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER, Roles.ADMIN})
    public Response register(@Valid @NotNull ContactRequest r) {
        ClientRequest c = r.client();
        Contact contact = contacts.register(actor.get(), new ContactService.NewContact(r.kind(), r.channel(),
                r.firstReceiver(), r.presentStaff(), c == null ? null
                        : new ContactService.Client(c.unit(), c.name(), c.phone(), c.preference()),
                r.matter(), r.serviceItemCode(), r.postId()));
        return Response.created(URI.create("/api/complaints/contacts/" + contact.id)).entity(view(contact)).build();
    }

    @GET
    @Path("/contacts")
    @RolesAllowed({Roles.COMPLAINT_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<ContactView> inbox(@QueryParam("kind") String kind, @QueryParam("channel") String channel,
            @QueryParam("department") String department, @QueryParam("state") String state) {
        return contacts.inbox(kind, channel, department, state).stream().map(this::view).toList();
    }

    /** The owner, the receivers and the complaint center see a contact; reporter fields only the center. */
    @GET
    @Path("/contacts/{id}")
    public ContactView get(@PathParam("id") UUID id) {
        Contact c = contacts.contact(id);
        if (!officer() && !actor.get().supervises() && !contacts.involved(actor.get(), c)
                && !c.isCenterMatter()) {
            throw new NotAllowedException("contact " + id + " is neither yours nor transferred to you");
        }
        return view(c);
    }

    @POST
    @Path("/contacts/{id}/handle")
    public ContactView handle(@PathParam("id") UUID id, @Valid @NotNull TextRequest r) {
        return view(contacts.handle(actor.get(), id, r.text()));
    }

    @POST
    @Path("/contacts/{id}/refer")
    public ContactView refer(@PathParam("id") UUID id, @Valid @NotNull ReferRequest r) {
        return view(contacts.refer(actor.get(), id, r.to(), r.note()));
    }

    @POST
    @Path("/contacts/{id}/outside-system")
    public ContactView outside(@PathParam("id") UUID id, @Valid @NotNull TextRequest r) {
        return view(contacts.outsideSystem(actor.get(), id, r.text()));
    }

    /** FI-4: to a colleague, or to whoever covers for them when they are away. */
    @POST
    @Path("/contacts/{id}/transfer")
    public TransferView transfer(@PathParam("id") UUID id, @Valid @NotNull TransferRequest r) {
        return view(contacts.transfer(actor.get(), id, r.to(), r.note()));
    }

    @POST
    @Path("/contacts/transfers/{transferId}/acknowledge")
    public TransferView acknowledge(@PathParam("transferId") UUID transferId) {
        return view(contacts.acknowledge(actor.get(), transferId));
    }

    @POST
    @Path("/contacts/transfers/{transferId}/contacted")
    public TransferView contacted(@PathParam("transferId") UUID transferId, @Valid TextRequest r) {
        return view(contacts.contacted(actor.get(), transferId, r == null ? null : r.text()));
    }

    @POST
    @Path("/contacts/transfers/{transferId}/resolve")
    public TransferView resolve(@PathParam("transferId") UUID transferId, @Valid @NotNull TextRequest r) {
        return view(contacts.resolve(actor.get(), transferId, r.text()));
    }

    private boolean officer() {
        return actor.hasRole(Roles.COMPLAINT_OFFICER);
    }

    ContactView view(Contact c) {
        return new ContactView(c.id, c.kind, c.channel, c.firstReceiver, c.presentStaff, c.owner, c.ownerRule, c.state,
                c.outcome, ReporterProtection.clientAsSeenBy(c, officer()), c.anonymous, c.matter, c.serviceItemCode,
                c.postId, c.department, c.answer, c.guidance, c.referredTo, c.rating, c.ratingComment, c.followUp,
                at(c.receivedAt), at(c.closedAt), contacts.transfersOf(c.id).stream().map(this::view).toList(),
                contacts.historyOf(c.id).stream().map(this::view).toList());
    }

    private TransferView view(Transfer t) {
        return new TransferView(t.id, t.fromStaff, t.requestedTo, t.receiver, t.coveringFor, t.note,
                at(t.transferredAt), at(t.acknowledgedAt), at(t.contactedAt), at(t.resolvedAt), t.resolution,
                at(t.ackDue), at(t.contactDue), at(t.resolveDue));
    }

    private HistoryView view(ContactHistory h) {
        return new HistoryView(at(h.at), h.action, h.actor, h.actingFor, h.detail);
    }

    private OffsetDateTime at(Instant i) {
        return i == null ? null : i.atZone(zone).toOffsetDateTime();
    }
}
