package org.windowsuite.roster.api;

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

@Path("/api/roster")
public class AbsenceResource {

    private final AbsenceService absences;
    private final CurrentActor actor;
    private final OfficeConfig office;
    private final Clock clock;

    public AbsenceResource(AbsenceService absences, CurrentActor actor, OfficeConfig office, Clock clock) {
        this.absences = absences;
        this.actor = actor;
        this.office = office;
        this.clock = clock;
    }

    public record AbsenceRequest(@NotBlank String staffId, @NotNull OffsetDateTime from, @NotNull OffsetDateTime to,
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

    /** SC-2.6: the public whereabouts board; reason category only. */
    @GET
    @Path("/whereabouts")
    @PermitAll
    public List<AbsenceService.Whereabouts> whereabouts(@QueryParam("date") LocalDate date) {
        return absences.whereabouts(date != null ? date : LocalDate.now(clock.withZone(office.zone())), office.zone());
    }

    private AbsenceView view(Absence a) {
        return new AbsenceView(a.id, a.staffId, a.startsAt.atZone(office.zone()).toOffsetDateTime(),
                a.endsAt.atZone(office.zone()).toOffsetDateTime(), a.reason, a.note, a.state(clock.instant()),
                a.registeredBy);
    }
}
