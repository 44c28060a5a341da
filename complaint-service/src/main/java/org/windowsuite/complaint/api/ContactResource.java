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
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.input.Limits;
import org.windowsuite.common.input.SafeId;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.Roles;
import org.windowsuite.complaint.domain.ContactVisibility;
import org.windowsuite.complaint.domain.Contact;
import org.windowsuite.complaint.domain.ContactVisibility;
import org.windowsuite.complaint.domain.ContactService;

/** First-inquiry contacts (FI-1..FI-5) and their transfers (FI-4). */
@Path("/api/complaints")
@Authenticated
public class ContactResource {

    private final ContactService contacts;
    private final CurrentActor actor;
    private final ContactViews views;

    private final ContactVisibility visibility;

    public ContactResource(ContactService contacts, CurrentActor actor, ContactViews views,
            ContactVisibility visibility) {
        this.visibility = visibility;
        this.contacts = contacts;
        this.actor = actor;
        this.views = views;
    }

    public record ClientRequest(@Size(max = 200) String unit, @Size(max = 200) String name, @Size(max = 40) String phone,
            @Size(max = 100) String preference) {
    }

    public record ContactRequest(
            @NotNull @Pattern(regexp = "CONSULTATION|QUERY|COMPLAINT|REPORT|SUGGESTION|OPINION|BUSINESS") String kind,
            @NotNull @Pattern(regexp = "VISIT|PHONE|LETTER|FAX|EMAIL|ONLINE") String channel,
            @NotBlank @SafeId String firstReceiver,
            @Size(max = Limits.LIST) List<@NotBlank @SafeId String> presentStaff, @Valid ClientRequest client,
            @NotBlank @Size(max = 4000) String matter, @SafeId String serviceItemCode, @SafeId String postId) {
    }

    public record TransferRequest(@NotBlank @SafeId String to, @Size(max = 2000) String note) {
    }

    public record TextRequest(@NotBlank @Size(max = 4000) String text) {
    }

    public record ReferRequest(@NotBlank @Size(max = Limits.NAME) String to, @Size(max = 2000) String note) {
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
        return Response.created(URI.create("/api/complaints/contacts/" + contact.id)).entity(views.view(contact)).build();
    }

    @GET
    @Path("/contacts")
    @RolesAllowed({Roles.COMPLAINT_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<ContactViews.ContactView> inbox(@QueryParam("kind") @Size(max = 20) String kind,
            @QueryParam("channel") @Size(max = 20) String channel, @QueryParam("department") @SafeId String department,
            @QueryParam("state") @Size(max = 20) String state) {
        return contacts.inbox(kind, channel, department, state).stream().map(views::view).toList();
    }

    /** Who sees a contact is {@link ContactVisibility}'s rule, the console's too; reporter fields only the center. */
    @GET
    @Path("/contacts/{id}")
    public ContactViews.ContactView get(@PathParam("id") UUID id) {
        return views.view(visibility.visible(actor.get(), actor.hasRole(Roles.COMPLAINT_OFFICER), id));
    }

    @POST
    @Path("/contacts/{id}/handle")
    public ContactViews.ContactView handle(@PathParam("id") UUID id, @Valid @NotNull TextRequest r) {
        return views.view(contacts.handle(actor.get(), id, r.text()));
    }

    @POST
    @Path("/contacts/{id}/refer")
    public ContactViews.ContactView refer(@PathParam("id") UUID id, @Valid @NotNull ReferRequest r) {
        return views.view(contacts.refer(actor.get(), id, r.to(), r.note()));
    }

    @POST
    @Path("/contacts/{id}/outside-system")
    public ContactViews.ContactView outside(@PathParam("id") UUID id, @Valid @NotNull TextRequest r) {
        return views.view(contacts.outsideSystem(actor.get(), id, r.text()));
    }

    /** FI-4: to a colleague, or to whoever covers for them when they are away. */
    @POST
    @Path("/contacts/{id}/transfer")
    public ContactViews.TransferView transfer(@PathParam("id") UUID id, @Valid @NotNull TransferRequest r) {
        return views.view(contacts.transfer(actor.get(), id, r.to(), r.note()));
    }

    @POST
    @Path("/contacts/transfers/{transferId}/acknowledge")
    public ContactViews.TransferView acknowledge(@PathParam("transferId") UUID transferId) {
        return views.view(contacts.acknowledge(actor.get(), transferId));
    }

    @POST
    @Path("/contacts/transfers/{transferId}/contacted")
    public ContactViews.TransferView contacted(@PathParam("transferId") UUID transferId, @Valid TextRequest r) {
        return views.view(contacts.contacted(actor.get(), transferId, r == null ? null : r.text()));
    }

    @POST
    @Path("/contacts/transfers/{transferId}/resolve")
    public ContactViews.TransferView resolve(@PathParam("transferId") UUID transferId, @Valid @NotNull TextRequest r) {
        return views.view(contacts.resolve(actor.get(), transferId, r.text()));
    }
}
