package org.windowsuite.roster.api;

import org.windowsuite.common.input.Limits;
import org.windowsuite.common.input.SafeId;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.roster.domain.Coverage;
import org.windowsuite.roster.domain.CoveragePeriod;
import org.windowsuite.roster.domain.CoverageService;
import org.windowsuite.roster.domain.Post;
import org.windowsuite.roster.domain.RosterDay;
import org.windowsuite.roster.domain.RosterService;

@Path("/api/roster")
@Authenticated
public class PostResource {

    private final RosterService roster;
    private final CoverageService coverage;
    private final CurrentActor actor;
    private final OfficeConfig office;
    private final java.time.Clock clock;

    public PostResource(RosterService roster, CoverageService coverage, CurrentActor actor, OfficeConfig office,
            java.time.Clock clock) {
        this.clock = clock;
        this.roster = roster;
        this.coverage = coverage;
        this.actor = actor;
        this.office = office;
    }

    public record PostRequest(@NotBlank @SafeId String id, @NotBlank @Size(max = Limits.NAME) String name,
            @NotBlank @SafeId String department, @Size(max = Limits.LIST) List<@NotBlank @SafeId String> serviceItems) {
    }

    public record PostView(String id, String name, String department, Set<String> serviceItems, long version) {
        static PostView of(Post p) {
            return new PostView(p.id, p.name, p.department, p.serviceItems, p.version);
        }
    }

    public record RosterRequest(@NotNull LocalDate from, @NotNull LocalDate to, @NotBlank @SafeId String a,
            @NotBlank @SafeId String b, boolean otherDepartment) {
    }

    public record DayRequest(@NotBlank @SafeId String a, @NotBlank @SafeId String b, boolean otherDepartment) {
    }

    public record RosterDayView(LocalDate date, String a, String b) {
        static RosterDayView of(RosterDay d) {
            return new RosterDayView(d.day(), d.aHolder, d.bHolder);
        }
    }

    public record RosterView(String postId, long version, List<RosterDayView> days) {
    }

    public record CoverageView(String postId, String state, String holder, String role, String actingFor,
            OffsetDateTime at, OffsetDateTime until) {
    }

    public record PeriodView(long version, String state, String holder, String role, String actingFor, String cause,
            OffsetDateTime since, OffsetDateTime endedAt) {
    }

    public record StandInRequest(@NotBlank @SafeId String staffId, OffsetDateTime until) {
    }

    @POST
    @Path("/posts")
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull PostRequest request) {
        Post p = roster.createPost(actor.get(), request.id(), request.name(), request.department(),
                request.serviceItems() == null ? Set.of() : Set.copyOf(request.serviceItems()));
        return Response.created(URI.create("/api/roster/posts/" + p.id)).entity(PostView.of(p)).build();
    }

    @GET
    @Path("/posts")
    public List<PostView> list() {
        return roster.allPosts().stream().map(PostView::of).toList();
    }

    @GET
    @Path("/posts/{postId}")
    public PostView get(@PathParam("postId") String postId) {
        return PostView.of(roster.post(postId));
    }

    /** AB-1: A and B for every working day of the range. Send If-Match with the post's version to guard edits. */
    @PUT
    @Path("/posts/{postId}/roster")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public RosterView setRange(@PathParam("postId") String postId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RosterRequest request) {
        Post p = roster.setRoster(actor.get(), postId, request.from(), request.to(), request.a(), request.b(),
                request.otherDepartment(), version(ifMatch));
        return view(p, request.from(), request.to());
    }

    /** Overrides a single day's A and B; also rosters a non-working day for an extended-hours session. */
    @PUT
    @Path("/posts/{postId}/roster/{date}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public RosterView setDay(@PathParam("postId") String postId, @PathParam("date") LocalDate date,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull DayRequest request) {
        Post p = roster.setDay(actor.get(), postId, date, request.a(), request.b(), request.otherDepartment(), version(ifMatch));
        return view(p, date, date);
    }

    @GET
    @Path("/posts/{postId}/roster")
    public RosterView roster(@PathParam("postId") String postId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        LocalDate start = from != null ? from : LocalDate.now(clock);
        return view(roster.post(postId), start, to != null ? to : start.plusDays(30));
    }

    private RosterView view(Post p, LocalDate from, LocalDate to) {
        return new RosterView(p.id, p.version, roster.roster(p.id, from, to).stream().map(RosterDayView::of).toList());
    }

    /** AB-1/AB-5: who holds the post at {@code at} (default now) and for whom. */
    @GET
    @Path("/posts/{postId}/coverage")
    public CoverageView coverage(@PathParam("postId") String postId, @QueryParam("at") OffsetDateTime at) {
        OffsetDateTime when = at != null ? at : OffsetDateTime.now(clock);
        Coverage c = coverage.heldAt(postId, when.toInstant());
        return new CoverageView(postId, c.state().name(), c.holder(), c.role().name(), c.actingFor(), when,
                c.until() == null ? null : c.until().atZone(office.zone()).toOffsetDateTime());
    }

    @GET
    @Path("/coverage")
    public List<CoverageView> all() {
        return roster.allPosts().stream().map(p -> coverage(p.id, null)).toList();
    }

    @GET
    @Path("/posts/{postId}/coverage/history")
    public List<PeriodView> history(@PathParam("postId") String postId, @QueryParam("from") OffsetDateTime from,
            @QueryParam("to") OffsetDateTime to) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return coverage.history(postId, (from != null ? from : now.minusDays(30)).toInstant(),
                (to != null ? to : now.plusDays(1)).toInstant()).stream().map(this::period).toList();
    }

    /** AB-3: a supervisor names a temporary holder for an empty post. */
    @POST
    @Path("/posts/{postId}/coverage/stand-in")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public PeriodView standIn(@PathParam("postId") String postId, @Valid @NotNull StandInRequest request) {
        return period(coverage.nameStandIn(actor.get(), postId, request.staffId(),
                request.until() == null ? null : request.until().toInstant()));
    }

    @GET
    @Path("/gaps")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public List<RosterService.Gap> gaps(@QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to) {
        return roster.gaps(from, to);
    }

    private PeriodView period(CoveragePeriod p) {
        return new PeriodView(p.version, p.state.name(), p.holder, p.role.name(), p.actingFor, p.cause,
                p.since.atZone(office.zone()).toOffsetDateTime(),
                p.endedAt == null ? null : p.endedAt.atZone(office.zone()).toOffsetDateTime());
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("\"", "").replace("W/", "").trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match must carry the post's version number");
        }
    }
}
