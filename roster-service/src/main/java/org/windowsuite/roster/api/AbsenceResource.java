package org.windowsuite.roster.api;

import org.windowsuite.common.input.SafeId;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.roster.domain.Absence;
import org.windowsuite.roster.domain.AbsenceReason;
import org.windowsuite.roster.domain.AbsenceService;
import org.windowsuite.roster.domain.Handover;
import org.windowsuite.roster.domain.HandoverService;

@Path("/api/roster")
public class AbsenceResource {

    private final AbsenceService absences;
    private final CurrentActor actor;
    private final OfficeConfig office;
    private final Clock clock;
    private final HandoverService handovers;

    public AbsenceResource(AbsenceService absences, CurrentActor actor, OfficeConfig office, Clock clock,
            HandoverService handovers) {
        this.handovers = handovers;
        this.absences = absences;
        this.actor = actor;
        this.office = office;
        this.clock = clock;
    }

    public record AbsenceRequest(@NotBlank @SafeId String staffId, @NotNull OffsetDateTime from, @NotNull OffsetDateTime to,
            @NotNull AbsenceReason reason, @Size(max = 500) String note) {
    }

    public record AbsenceView(UUID id, String staffId, OffsetDateTime from, OffsetDateTime to, AbsenceReason reason,
            String note, String state, String registeredBy) {
    }

    @POST
    @Path("/absences")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public Response register(@Valid @NotNull AbsenceRequest request) {
        Absence a = absences.register(actor.get(), request.staffId(), request.from().toInstant(),
                request.to().toInstant(), request.reason(), request.note());
        return Response.created(URI.create("/api/roster/absences/" + a.id)).entity(view(a)).build();
    }

    @GET
    @Path("/absences/{id}")
    @Authenticated
    public AbsenceView get(@PathParam("id") UUID id) {
        return view(absences.absence(id));
    }

    @GET
    @Path("/absences")
    @Authenticated
    public List<AbsenceView> ofStaff(@QueryParam("staffId") @NotBlank String staffId) {
        return absences.ofStaff(staffId).stream().map(this::view).toList();
    }

    @POST
    @Path("/absences/{id}/end")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public AbsenceView end(@PathParam("id") UUID id) {
        return view(absences.endNow(actor.get(), id));
    }

    @POST
    @Path("/absences/{id}/cancel")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public AbsenceView cancel(@PathParam("id") UUID id) {
        return view(absences.cancel(actor.get(), id));
    }

    public record HandoverRequest(@Size(max = 2000) String note, @Size(max = 4000) String pendingWork) {
    }

    public record HandoverView(String postId, String aHolder, String bHolder, OffsetDateTime dueBy, boolean adHoc,
            String note, String pendingWork, OffsetDateTime handedOverAt, OffsetDateTime acknowledgedAt,
            String acknowledgedBy, String flagged) {
    }

    /** AB-4: the absent A holder hands pending work over to B (a late handover is flagged). */
    @POST
    @Path("/absences/{id}/handover")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public List<HandoverView> handOver(@PathParam("id") UUID id, @Valid @NotNull HandoverRequest request) {
        return handovers.handOver(actor.get(), absences.absence(id), request.note(), request.pendingWork()).stream()
                .map(this::view).toList();
    }

    @POST
    @Path("/absences/{id}/handover/acknowledge")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public List<HandoverView> acknowledge(@PathParam("id") UUID id) {
        absences.absence(id);
        return handovers.acknowledge(actor.get(), id).stream().map(this::view).toList();
    }

    @GET
    @Path("/absences/{id}/handover")
    @Authenticated
    public List<HandoverView> handover(@PathParam("id") UUID id) {
        absences.absence(id);
        return handovers.of(id).stream().map(this::view).toList();
    }

    /** SC-2.6: the public whereabouts board; reason category only. */
    @GET
    @Path("/whereabouts")
    @PermitAll
    public List<WhereaboutsView> whereabouts(@QueryParam("date") LocalDate date) {
        return absences.whereabouts(date != null ? date : LocalDate.now(clock.withZone(office.zone())), office.zone())
                .stream().map(w -> new WhereaboutsView(w.staffId(), w.name(), w.department(), w.posts(),
                        w.away().stream().map(a -> new AwayView(a.reason(), office.at(a.from()),
                        office.at(a.until()))).toList()))
                .toList();
    }

    public record AwayView(AbsenceReason reason, OffsetDateTime from, OffsetDateTime until) {
    }

    public record WhereaboutsView(String staffId, String name, String department, List<String> posts,
            List<AwayView> away) {
    }

    private HandoverView view(Handover h) {
        return new HandoverView(h.key.postId(), h.aHolder, h.bHolder, office.at(h.dueBy), h.adHoc, h.note, h.pendingWork,
                office.at(h.handedOverAt), office.at(h.acknowledgedAt), h.acknowledgedBy, h.flagged);
    }


    /** The note may hold private detail (a diagnosis, a family matter): the person and supervisors see it. */
    private AbsenceView view(Absence a) {
        boolean mayReadNote = actor.get().supervises() || actor.get().staffId().equals(a.staffId);
        return new AbsenceView(a.id, a.staffId, a.startsAt.atZone(office.zone()).toOffsetDateTime(),
                a.endsAt.atZone(office.zone()).toOffsetDateTime(), a.reason, mayReadNote ? a.note : null,
                a.state(clock.instant()), a.registeredBy);
    }
}
