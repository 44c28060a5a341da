package org.windowsuite.intake.web;

import static org.windowsuite.common.web.FormFields.blank;
import static org.windowsuite.common.web.FormFields.require;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.windowsuite.common.CurrentActor;
import org.jboss.resteasy.reactive.RestForm;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.Roles;
import org.windowsuite.intake.api.ApplicationViews;
import org.windowsuite.intake.domain.Application;
import org.windowsuite.intake.domain.CaseWorkService;
import org.windowsuite.intake.domain.CatalogueService;
import org.windowsuite.intake.domain.CoverageProjection;
import org.windowsuite.intake.domain.IntakeService;
import org.windowsuite.intake.domain.Material;
import org.windowsuite.intake.domain.PostCoverage;
import org.windowsuite.intake.domain.ReceptionService;
import org.windowsuite.intake.domain.Routing;
import org.windowsuite.intake.domain.ServiceItem;
import org.windowsuite.intake.domain.Shortfall;
import org.windowsuite.intake.domain.SubmittedMaterial;

/**
 * A clerk's desk: the post they hold now (A, or B acting for A — AB-5), its queue by due date, receptions,
 * applications with the item's checklist (OTN-1..OTN-3), the printed documents, supplements and completion.
 */
@Path("/workbench")
// staff only: the portal (or any other client) has no business on the pages, whatever cookie it holds
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class DeskPages {

    static final List<String> CHANNELS = List.of("WINDOW", "PHONE", "LETTER", "FAX", "EMAIL", "ONLINE");

    public record QueueRow(UUID id, String caseNumber, String itemCode, String applicantName, String state,
            String handler, String actingFor, OffsetDateTime promisedDue, OffsetDateTime statutoryDue, String level,
            boolean promisedDueProvisional, boolean statutoryDueProvisional) {
    }

    private final WorkbenchPage page;
    private final CoverageProjection coverage;
    private final CaseWorkService work;
    private final IntakeService intake;
    private final CatalogueService catalogue;
    private final ReceptionService receptions;
    private final Routing routing;
    private final ApplicationViews views;
    private final CurrentActor actor;
    private final Template desk;
    private final Template newApplication;
    private final Template application;

    public DeskPages(WorkbenchPage page, CoverageProjection coverage, CaseWorkService work, IntakeService intake,
            CatalogueService catalogue, ReceptionService receptions, Routing routing, ApplicationViews views,
            CurrentActor actor, @Location("workbench/desk.html") Template desk,
            @Location("workbench/newApplication.html") Template newApplication,
            @Location("workbench/application.html") Template application) {
        this.page = page;
        this.coverage = coverage;
        this.work = work;
        this.intake = intake;
        this.catalogue = catalogue;
        this.receptions = receptions;
        this.routing = routing;
        this.views = views;
        this.actor = actor;
        this.desk = desk;
        this.newApplication = newApplication;
        this.application = application;
    }

    @GET
    public Response home() {
        WorkbenchPage.Me me = page.me();
        return Response.seeOther(URI.create(me.supervisor() && !me.clerk() ? "/workbench/overview" : "/workbench/desk"))
                .build();
    }

    /** The post the clerk holds now; a supervisor may open any post's desk. */
    @GET
    @Path("desk")
    public TemplateInstance desk(@QueryParam("post") String post, @QueryParam("done") String done) {
        WorkbenchPage.Me me = page.me();
        List<PostCoverage> held = coverage.all().stream().filter(c -> me.staffId().equals(c.holder)).toList();
        PostCoverage current = null;
        if (post != null && !post.isBlank()) {
            current = coverage.find(post);
            if (current == null) {
                throw new NotFoundException("no post " + post);
            }
            if (!me.supervisor() && !me.staffId().equals(current.holder)) {
                throw new NotAllowedException("you do not hold post " + post + " now");
            }
        } else if (!held.isEmpty()) {
            current = held.get(0);
        }
        List<QueueRow> queue = current == null ? List.of() : queue(current.postId);
        List<QueueRow> incomplete = current == null ? List.of()
                : work.awaitingSupplement(current.postId).stream().map(this::row).toList();
        String postId = current == null ? null : current.postId;
        List<ServiceItem> items = postId == null ? catalogue.all(null) : routing.itemsOf(postId, catalogue.all(null));
        return page.render(desk, "desk").data("holding", current == null ? null : page.holding(current))
                .data("held", held.stream().map(page::holding).toList()).data("queue", queue).data("items", items)
                .data("incomplete", incomplete)
                .data("channels", CHANNELS).data("done", done).data("referrals", catalogue.referrals())
                .data("away", coverage.all().stream().filter(c -> me.staffId().equals(c.actingFor)
                        && !me.staffId().equals(c.holder)).map(page::holding).toList());
    }

    /** WP-8: every reception is registered, also those that never become an application. */
    @POST
    @Path("receptions")
    public Response reception(@RestForm String channel,
            @RestForm String postId, @RestForm String matter,
            @RestForm String outcome, @RestForm String itemCode,
            @RestForm boolean difficult,
            @RestForm String note) {
        clerk();
        require(channel != null && List.of("VISIT", "WINDOW", "PHONE", "LETTER", "FAX", "EMAIL", "ONLINE")
                .contains(channel), "channel");
        require(blank(matter) != null, "matter");
        require(blank(outcome) != null, "outcome");
        receptions.register(actor.get(), new ReceptionService.NewReception(channel, blank(postId), matter.trim(),
                outcome.trim(), blank(itemCode), difficult, blank(note)));
        return Response.seeOther(URI.create("/workbench/desk" + (blank(postId) == null ? "?" : "?post=" + postId + "&")
                + "done=reception")).build();
    }

    @GET
    @Path("applications/new")
    public TemplateInstance newApplication(@QueryParam("item") String item) {
        clerk();
        require(blank(item) != null, "item");
        ServiceItem si = catalogue.current(item.trim());
        return page.render(newApplication, "desk").data("item", si).data("channels", CHANNELS)
                .data("materials", si.materials == null ? List.<Material>of() : si.materials)
                .data("grounds", si.refusalGrounds == null ? List.of() : si.refusalGrounds);
    }

    /**
     * OTN-2/OTN-3: the checklist decides — complete is accepted, anything missing goes on one notice; a matter
     * this station does not handle is referred to the unit that does.
     */
    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(MultivaluedMap<String, String> form) {
        clerk();
        String item = blank(form.getFirst("item"));
        require(item != null, "item");
        String type = form.getFirst("applicantType");
        require("PERSON".equals(type) || "ORGANISATION".equals(type), "applicantType");
        require(blank(form.getFirst("idNumber")) != null, "idNumber");
        require(blank(form.getFirst("name")) != null, "name");
        String channel = form.getFirst("channel");
        require(channel != null && CHANNELS.contains(channel), "channel");
        // a matter from the referral directory has no checklist: it is referred (OTN-2)
        List<SubmittedMaterial> materials = checklist(form, catalogue.find(item)
                .map(si -> si.materials == null ? List.<String>of() : si.materials.stream().map(Material::code).toList())
                .orElse(List.of()));
        Application app = intake.apply(actor.get(), new IntakeService.Submission(item,
                new IntakeService.Applicant(type, form.getFirst("idNumber").trim(), form.getFirst("name").trim(),
                        blank(form.getFirst("phone")), Map.of()),
                channel, materials, blank(form.getFirst("refusalGround")), blank(form.getFirst("refusalNote")),
                blank(form.getFirst("matter")), false, "on".equals(form.getFirst("noticeGivenOrally"))), null, null)
                .application();
        return Response.seeOther(URI.create("/workbench/applications/" + app.id + "?done=taken")).build();
    }

    @GET
    @Path("applications/{id}")
    public TemplateInstance application(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Application a = intake.application(id);
        List<Shortfall> missing = a.state == Application.State.INCOMPLETE ? intake.missing(a) : List.of();
        return page.render(application, "desk").data("app", views.view(a)).data("missing", missing).data("done", done)
                .data("open", a.state == Application.State.ACCEPTED);
    }

    /** The document the applicant takes home: acceptance, one-time notice, refusal or referral. */
    @GET
    @Path("applications/{id}/print")
    public String print(@PathParam("id") UUID id) {
        return views.notice(intake.application(id));
    }

    /** OTN-3: what the one-time notice listed is brought; that leads to acceptance, never to a second notice. */
    @POST
    @Path("applications/{id}/supplement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response supplement(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        clerk();
        Application a = intake.application(id);
        List<SubmittedMaterial> materials = checklist(form, intake.missing(a).stream().map(Shortfall::code).toList());
        require(!materials.isEmpty(), "materials");
        intake.supplement(actor.get(), id, materials);
        return Response.seeOther(URI.create("/workbench/applications/" + id + "?done=supplemented")).build();
    }

    @POST
    @Path("applications/{id}/complete")
    public Response complete(@PathParam("id") UUID id, @RestForm String text) {
        clerk();
        work.complete(actor.get(), id, blank(text));
        return Response.seeOther(URI.create("/workbench/applications/" + id + "?done=completed")).build();
    }

    private List<QueueRow> queue(String postId) {
        return work.queue(postId).stream().map(this::row).toList();
    }

    private QueueRow row(Application a) {
        return new QueueRow(a.id, a.caseNumber, a.itemCode, a.applicantName, a.state.name(), a.handler, a.actingFor,
                page.at(a.promisedDue), page.at(a.statutoryDue), a.deadlineLevel == null ? "ON_TRACK" : a.deadlineLevel,
                a.promisedDueProvisional, a.statutoryDueProvisional);
    }

    /** Checklist fields "m_CODE" = PRESENT | MISSING | DEFECTIVE with an optional reason "r_CODE". */
    private static List<SubmittedMaterial> checklist(MultivaluedMap<String, String> form, List<String> codes) {
        List<SubmittedMaterial> out = new ArrayList<>();
        for (String code : codes) {
            String status = form.getFirst("m_" + code);
            if (status == null || status.isBlank()) {
                continue;
            }
            SubmittedMaterial.Status s;
            try {
                s = SubmittedMaterial.Status.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("material " + code + ": " + status + " is not PRESENT, MISSING or DEFECTIVE");
            }
            out.add(new SubmittedMaterial(code, s, blank(form.getFirst("r_" + code))));
        }
        return out;
    }

    private void clerk() {
        if (!actor.hasRole(Roles.CLERK) && !actor.hasRole(Roles.SUPERVISOR)) {
            throw new NotAllowedException("window work is for clerks and supervisors");
        }
    }

}
