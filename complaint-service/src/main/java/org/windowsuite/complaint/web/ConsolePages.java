package org.windowsuite.complaint.web;

import static org.windowsuite.common.web.FormFields.blank;
import static org.windowsuite.common.web.FormFields.number;
import static org.windowsuite.common.web.FormFields.require;
import static org.windowsuite.common.web.FormFields.text;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.Roles;
import org.windowsuite.complaint.api.ContactViews;
import org.windowsuite.complaint.domain.ContactVisibility;
import org.windowsuite.complaint.domain.ComplaintCenter;
import org.windowsuite.complaint.domain.Contact;
import org.windowsuite.complaint.domain.ContactService;
import org.windowsuite.complaint.domain.CoverLookup;
import org.windowsuite.complaint.domain.DeadlineBoard;
import org.windowsuite.complaint.domain.StaffDirectory;
import org.windowsuite.complaint.domain.StaffMember;
import org.windowsuite.complaint.domain.WatchedClock;

/**
 * The complaint center console: inbox, a contact's whole story and the actions of FI-3..FI-7, and the live board.
 * The reporter's identity reaches only complaint officers (FI-7), through {@link ContactViews}.
 */
@Path("/console")
// staff only: the portal (or any other client) has no business on the pages, whatever cookie it holds
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    static final List<String> KINDS = List.of("CONSULTATION", "QUERY", "COMPLAINT", "REPORT", "SUGGESTION", "OPINION",
            "BUSINESS");
    static final List<String> CHANNELS = List.of("PHONE", "LETTER", "VISIT", "FAX", "EMAIL", "ONLINE");
    static final List<String> STATES = List.of("OPEN", "TRANSFERRED", "HANDLED", "REFERRED", "OUTSIDE_SYSTEM",
            "RESOLVED", "REGISTERED", "ROUTED", "ANSWERED", "REVIEWED", "FOLLOW_UP", "CLOSED");

    public record Target(String id, String name, String department, String coveredBy) {
    }

    public record ClockView(String kind, String level, OffsetDateTime dueAt, String holder, String actingFor) {
    }

    public record BoardRow(ContactViews.ContactView contact, ClockView clock) {
    }

    private final ConsolePage page;
    private final ContactService contacts;
    private final ComplaintCenter center;
    private final ContactViews views;
    private final StaffDirectory staff;
    private final CoverLookup cover;
    private final DeadlineBoard board;
    private final CurrentActor actor;
    private final ZoneId zone;
    private final Template inbox;
    private final Template contact;
    private final Template register;
    private final Template boardPage;
    private final Template boardItems;

    private final ContactVisibility visibility;

    public ConsolePages(ConsolePage page, ContactService contacts, ComplaintCenter center, ContactViews views,
            StaffDirectory staff, CoverLookup cover, DeadlineBoard board, CurrentActor actor, OfficeConfig office,
            @Location("console/inbox.html") Template inbox, @Location("console/contact.html") Template contact,
            @Location("console/register.html") Template register, @Location("console/board.html") Template boardPage,
            @Location("console/boardItems.html") Template boardItems, ContactVisibility visibility) {
        this.visibility = visibility;
        this.page = page;
        this.contacts = contacts;
        this.center = center;
        this.views = views;
        this.staff = staff;
        this.cover = cover;
        this.board = board;
        this.actor = actor;
        this.zone = office.zone();
        this.inbox = inbox;
        this.contact = contact;
        this.register = register;
        this.boardPage = boardPage;
        this.boardItems = boardItems;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/console/inbox")).build();
    }

    /** Officers and supervisors see every matter; a department user sees what they hold and what is routed to them. */
    @GET
    @Path("inbox")
    public TemplateInstance inbox(@QueryParam("kind") String kind, @QueryParam("channel") String channel,
            @QueryParam("department") String department, @QueryParam("state") String state,
            @QueryParam("overdue") boolean overdue) {
        ConsolePage.Me me = page.me();
        List<Contact> found;
        if (me.officer() || me.supervisor()) {
            found = contacts.inbox(blank(kind), blank(channel), blank(department), blank(state));
        } else {
            Map<UUID, Contact> mine = new LinkedHashMap<>();
            contacts.mine(me.staffId()).forEach(c -> mine.put(c.id, c));
            if (me.department() != null) {
                contacts.inbox(blank(kind), blank(channel), me.department(), blank(state)).stream()
                        .filter(Contact::isCenterMatter).forEach(c -> mine.putIfAbsent(c.id, c));
            }
            found = mine.values().stream().filter(c -> kind == null || kind.isBlank() || kind.equals(c.kind))
                    .filter(c -> channel == null || channel.isBlank() || channel.equals(c.channel))
                    .filter(c -> state == null || state.isBlank() || state.equals(c.state)).toList();
        }
        Set<UUID> late = new HashSet<>(board.overdueContacts());
        List<ContactViews.ContactView> rows = found.stream().filter(c -> !overdue || late.contains(c.id))
                .map(views::view).toList();
        return page.render(inbox, "inbox").data("rows", rows).data("late", late).data("kinds", KINDS)
                .data("channels", CHANNELS).data("states", STATES).data("departments", departments())
                .data("f", Map.of("kind", nz(kind), "channel", nz(channel), "department", nz(department),
                        "state", nz(state), "overdue", overdue));
    }

    @GET
    @Path("contacts/new")
    public TemplateInstance registerForm() {
        return page.render(register, "new").data("kinds", KINDS).data("channels", CHANNELS).data("staff", targets());
    }

    /** FI-1..FI-3: whoever takes the call, letter, visit, fax or e-mail registers it; the owner follows FI-1. */
    @POST
    @Path("contacts")
    public Response registerContact(@RestForm String kind, @RestForm String channel, @RestForm String firstReceiver,
            @RestForm String presentStaff, @RestForm String clientName, @RestForm String clientUnit,
            @RestForm String clientPhone, @RestForm String clientPreference, @RestForm String matter,
            @RestForm String serviceItemCode, @RestForm String postId) {
        require(kind != null && KINDS.contains(kind), "kind");
        require(channel != null && CHANNELS.contains(channel), "channel");
        require(blank(matter) != null, "matter");
        String receiver = blank(firstReceiver) != null ? firstReceiver.trim() : actor.get().staffId();
        List<String> present = blank(presentStaff) == null ? List.of()
                : Arrays.stream(presentStaff.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        ContactService.Client client = blank(clientName) == null && blank(clientUnit) == null
                && blank(clientPhone) == null ? null
                        : new ContactService.Client(blank(clientUnit), blank(clientName), blank(clientPhone),
                                blank(clientPreference));
        Contact c = contacts.register(actor.get(), new ContactService.NewContact(kind, channel, receiver, present,
                client, matter.trim(), blank(serviceItemCode), blank(postId)));
        return seeContact(c.id, "registered");
    }

    @GET
    @Path("contacts/{id}")
    public TemplateInstance contact(@PathParam("id") UUID id, @QueryParam("done") String done) {
        ConsolePage.Me me = page.me();
        Contact c = visibility.visible(actor.get(), me.officer(), id);
        boolean department = me.department() != null && me.department().equals(c.department);
        ContactViews.ContactView v = views.view(c);
        boolean owner = me.staffId().equals(c.owner);
        String receiving = v.transfers().stream().filter(t -> me.staffId().equals(t.receiver()) && t.resolvedAt() == null)
                .map(t -> t.id().toString()).findFirst().orElse(null);
        return page.render(contact, "inbox").data("c", v).data("done", done).data("clocks", board.clocksOf(id).stream().map(this::view).toList())
                .data("ratings", List.of("5", "4", "3", "2", "1"))
                .data("canOwn", owner && "OPEN".equals(c.state)).data("receiving", receiving)
                .data("canAnswer", "ROUTED".equals(c.state) && (department || me.officer()))
                .data("targets", targets()).data("departments", departments());
    }

    @POST
    @Path("contacts/{id}/handle")
    public Response handle(@PathParam("id") UUID id, @RestForm String text) {
        contacts.handle(actor.get(), id, text(text, "text"));
        return seeContact(id, "handled");
    }

    @POST
    @Path("contacts/{id}/refer")
    public Response refer(@PathParam("id") UUID id, @RestForm String to, @RestForm String text) {
        require(blank(to) != null, "to");
        contacts.refer(actor.get(), id, to.trim(), blank(text));
        return seeContact(id, "referred");
    }

    @POST
    @Path("contacts/{id}/outside-system")
    public Response outside(@PathParam("id") UUID id, @RestForm String text) {
        contacts.outsideSystem(actor.get(), id, text(text, "text"));
        return seeContact(id, "outside");
    }

    /** FI-4: the form names whether the colleague is away and who covers; the transfer goes to the cover. */
    @POST
    @Path("contacts/{id}/transfer")
    public Response transfer(@PathParam("id") UUID id, @RestForm String to, @RestForm String text) {
        require(blank(to) != null, "to");
        contacts.transfer(actor.get(), id, to.trim(), blank(text));
        return seeContact(id, "transferred");
    }

    @POST
    @Path("transfers/{transferId}/{step: acknowledge|contacted|resolve}")
    public Response transferStep(@PathParam("transferId") UUID transferId, @PathParam("step") String step,
            @RestForm String text) {
        UUID contactId = switch (step) {
            case "acknowledge" -> contacts.acknowledge(actor.get(), transferId).contactId;
            case "contacted" -> contacts.contacted(actor.get(), transferId, blank(text)).contactId;
            default -> contacts.resolve(actor.get(), transferId, text(text, "text")).contactId;
        };
        return seeContact(contactId, step);
    }

    @POST
    @Path("contacts/{id}/route")
    public Response route(@PathParam("id") UUID id, @RestForm String department) {
        officer();
        center.route(actor.get(), id, blank(department));
        return seeContact(id, "routed");
    }

    @POST
    @Path("contacts/{id}/answer")
    public Response answer(@PathParam("id") UUID id, @RestForm String text) {
        if (!actor.hasRole(Roles.CLERK) && !actor.hasRole(Roles.SUPERVISOR) && !actor.hasRole(Roles.COMPLAINT_OFFICER)) {
            throw new NotAllowedException("only the department or the complaint center answers");
        }
        center.answer(actor.get(), actor.hasRole(Roles.COMPLAINT_OFFICER), id, text(text, "text"));
        return seeContact(id, "answered");
    }

    @POST
    @Path("contacts/{id}/review")
    public Response review(@PathParam("id") UUID id, @RestForm String decision, @RestForm String text) {
        officer();
        require("ACCEPT".equals(decision) || "SEND_BACK".equals(decision), "decision");
        center.review(actor.get(), id, "ACCEPT".equals(decision), blank(text));
        return seeContact(id, "reviewed");
    }

    @POST
    @Path("contacts/{id}/supervise")
    public Response supervise(@PathParam("id") UUID id, @RestForm String days, @RestForm String text) {
        officer();
        int d = number(days, "days");
        require(d >= 0 && d <= 60, "days");
        center.supervise(actor.get(), id, d, text(text, "text"));
        return seeContact(id, "supervised");
    }

    @POST
    @Path("contacts/{id}/close")
    public Response close(@PathParam("id") UUID id, @RestForm String rating, @RestForm String text,
            @RestForm String upheldAgainst) {
        officer();
        center.close(actor.get(), id, number(rating, "rating"), blank(text), blank(upheldAgainst));
        return seeContact(id, "closed");
    }

    @POST
    @Path("contacts/{id}/follow-up/close")
    public Response closeFollowUp(@PathParam("id") UUID id, @RestForm String text) {
        officer();
        center.closeFollowUp(actor.get(), id, text(text, "text"));
        return seeContact(id, "closed");
    }

    /** The live board; its list refreshes itself every few seconds (htmx), no reload needed. */
    @GET
    @Path("board")
    public TemplateInstance board() {
        return page.render(boardPage, "board").data("rows", boardRows());
    }

    @GET
    @Path("board/items")
    public TemplateInstance boardItems() {
        return page.render(boardItems, "board").data("rows", boardRows());
    }

    private List<BoardRow> boardRows() {
        ConsolePage.Me me = page.me();
        String department = me.officer() || me.supervisor() ? null : me.department();
        List<BoardRow> rows = new ArrayList<>();
        board.alerts(department).forEach(i -> rows.add(new BoardRow(views.view(i.contact()), view(i.clock()))));
        return rows;
    }

    private ClockView view(WatchedClock w) {
        return new ClockView(w.key.clockKind(), w.level, w.dueAt == null ? null : w.dueAt.atZone(zone).toOffsetDateTime(),
                w.holder, w.actingFor);
    }

    private List<Target> targets() {
        return staff.all().stream().filter(m -> m.active)
                .map((StaffMember m) -> new Target(m.staffId, m.name, m.department, cover.coverFor(m.staffId))).toList();
    }

    private List<String> departments() {
        return staff.all().stream().map(m -> m.department).filter(d -> d != null).distinct().sorted().toList();
    }

    private void officer() {
        if (!actor.hasRole(Roles.COMPLAINT_OFFICER)) {
            throw new NotAllowedException("only the complaint center does this");
        }
    }

    private static Response seeContact(UUID id, String done) {
        return Response.seeOther(URI.create("/console/contacts/" + id + "?done=" + done)).build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
