package org.windowsuite.complaint.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.input.Limits;
import org.windowsuite.common.input.SafeId;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.Roles;
import org.windowsuite.complaint.domain.ComplaintCenter;
import org.windowsuite.complaint.domain.RoutingRule;

/** The complaint center's work on complaints, reports, opinions and suggestions (FI-7). */
@Path("/api/complaints")
public class CenterResource {

    private final ComplaintCenter center;
    private final ContactViews contacts;
    private final CurrentActor actor;

    public CenterResource(ComplaintCenter center, ContactViews contacts, CurrentActor actor) {
        this.center = center;
        this.contacts = contacts;
        this.actor = actor;
    }

    public record RouteRequest(@SafeId String department) {
    }

    public record TextRequest(@NotBlank @Size(max = 4000) String text) {
    }

    public record ReviewRequest(@NotNull @Pattern(regexp = "ACCEPT|SEND_BACK") String decision,
            @Size(max = 2000) String note) {
    }

    public record SuperviseRequest(@NotNull @Min(0) @Max(60) Integer days,
            @NotBlank @Size(max = Limits.TEXT) String note) {
    }

    public record CloseRequest(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 1000) String comment,
            @SafeId String upheldAgainst) {
    }

    public record RuleRequest(@NotNull @Pattern(regexp = "ITEM|POST|KEYWORD") String matchKind,
            @NotBlank @Size(max = Limits.NAME) String match, @NotBlank @SafeId String department) {
    }

    @POST
    @Path("/contacts/{id}/route")
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    public ContactViews.ContactView route(@PathParam("id") UUID id, @Valid RouteRequest r) {
        return contacts.view(center.route(actor.get(), id, r == null ? null : r.department()));
    }

    @POST
    @Path("/contacts/{id}/answer")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER})
    public ContactViews.ContactView answer(@PathParam("id") UUID id, @Valid @NotNull TextRequest r) {
        return contacts.view(center.answer(actor.get(), actor.hasRole(Roles.COMPLAINT_OFFICER), id, r.text()));
    }

    @POST
    @Path("/contacts/{id}/review")
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    public ContactViews.ContactView review(@PathParam("id") UUID id, @Valid @NotNull ReviewRequest r) {
        return contacts.view(center.review(actor.get(), id, r.decision().equals("ACCEPT"), r.note()));
    }

    @POST
    @Path("/contacts/{id}/supervise")
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    public ContactViews.ContactView supervise(@PathParam("id") UUID id, @Valid @NotNull SuperviseRequest r) {
        return contacts.view(center.supervise(actor.get(), id, r.days(), r.note()));
    }

    @POST
    @Path("/contacts/{id}/close")
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    public ContactViews.ContactView close(@PathParam("id") UUID id, @Valid @NotNull CloseRequest r) {
        return contacts.view(center.close(actor.get(), id, r.rating(), r.comment(), r.upheldAgainst()));
    }

    @POST
    @Path("/contacts/{id}/follow-up/close")
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    public ContactViews.ContactView closeFollowUp(@PathParam("id") UUID id, @Valid @NotNull TextRequest r) {
        return contacts.view(center.closeFollowUp(actor.get(), id, r.text()));
    }

    @GET
    @Path("/routing-rules")
    @RolesAllowed({Roles.COMPLAINT_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<RuleView> rules() {
        return center.rules().stream().map(RuleView::of).toList();
    }

    /** A routing rule as the API shows it: complaints whose kind or matter match go to the department (FI-7). */
    public record RuleView(UUID id, String matchKind, String match, String department, String createdBy) {
        static RuleView of(RoutingRule r) {
            return new RuleView(r.id, r.matchKind, r.match, r.department, r.createdBy);
        }
    }

    @PUT
    @Path("/routing-rules")
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    public RuleView saveRule(@Valid @NotNull RuleRequest r) {
        return RuleView.of(center.saveRule(actor.get(), r.matchKind(), r.match(), r.department()));
    }

    @DELETE
    @Path("/routing-rules/{id}")
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    public void deleteRule(@PathParam("id") UUID id) {
        center.deleteRule(id);
    }
}
