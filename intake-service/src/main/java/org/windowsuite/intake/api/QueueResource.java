package org.windowsuite.intake.api;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.input.Limits;
import org.windowsuite.common.input.SafeId;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.Roles;
import org.windowsuite.intake.domain.Appointment;
import org.windowsuite.intake.domain.CaseWorkService;
import org.windowsuite.intake.domain.CoverageProjection;
import org.windowsuite.intake.domain.NoticeDelivery;
import org.windowsuite.intake.domain.PostCoverage;
import org.windowsuite.intake.domain.Reception;
import org.windowsuite.intake.domain.ReceptionService;
import org.windowsuite.intake.domain.StatisticsService;

/** A post's queue (open cases soonest-due first, appointments), the reception register and the statistics. */
@Path("/api/intake")
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class QueueResource {

    private final CaseWorkService work;
    private final CoverageProjection coverage;
    private final ReceptionService receptions;
    private final StatisticsService statistics;
    private final CurrentActor actor;
    private final OfficeConfig office;
    private final ZoneId zone;

    public QueueResource(CaseWorkService work, CoverageProjection coverage, ReceptionService receptions,
            StatisticsService statistics, CurrentActor actor, OfficeConfig office) {
        this.work = work;
        this.coverage = coverage;
        this.receptions = receptions;
        this.statistics = statistics;
        this.actor = actor;
        this.office = office;
        this.zone = office.zone();
    }

    public record QueueItem(UUID id, String caseNumber, String serviceItemCode, String applicantName, String state,
            String handler, String actingFor, OffsetDateTime acceptedAt, OffsetDateTime promisedDue,
            OffsetDateTime statutoryDue, String deadlineLevel, boolean promisedDueProvisional,
            boolean statutoryDueProvisional) {
    }

    public record Queue(String postId, String coverageState, String holder, String actingFor, List<QueueItem> cases,
            List<AppointmentView> appointments) {
    }

    /** An appointment as the API shows it (SC-2.6). */
    public record AppointmentView(UUID id, String postId, LocalDate day, String slot, boolean extendedHours,
            String matter, String applicantName, String applicantPhone, String itemCode, String bookedBy,
            Instant bookedAt, String state) {
        static AppointmentView of(Appointment a) {
            return new AppointmentView(a.id, a.postId, a.day, a.slot, a.extendedHours, a.matter, a.applicantName,
                    a.applicantPhone, a.itemCode, a.bookedBy, a.bookedAt, a.state);
        }
    }

    /** A reception of the register as the API shows it (WP-8, SC-2.5, OTN-5). */
    public record ReceptionView(UUID id, String channel, String staffId, String postId, Instant at, String matter,
            String outcome, String itemCode, boolean difficult, String note, UUID applicationId,
            NoticeDelivery noticeDelivery) {
        static ReceptionView of(Reception r) {
            return new ReceptionView(r.id, r.channel, r.staffId, r.postId, r.at, r.matter, r.outcome, r.itemCode,
                    r.difficult, r.note, r.applicationId, r.noticeDelivery);
        }
    }

    @GET
    @Path("/posts/{postId}/queue")
    public Queue queue(@PathParam("postId") String postId) {
        PostCoverage c = coverage.find(postId);
        return new Queue(postId, c == null ? "UNKNOWN" : c.state, c == null ? null : c.holder,
                c == null ? null : c.actingFor,
                work.queue(postId).stream().map(a -> new QueueItem(a.id, a.caseNumber, a.itemCode, a.applicantName,
                        a.state.name(), a.handler, a.actingFor, office.at(a.acceptedAt), office.at(a.promisedDue),
                        office.at(a.statutoryDue), a.deadlineLevel, a.promisedDueProvisional, a.statutoryDueProvisional))
                        .toList(),
                receptions.upcoming(postId).stream().map(AppointmentView::of).toList());
    }

    public record ReceptionRequest(@NotNull @jakarta.validation.constraints.Pattern(
            regexp = "VISIT|WINDOW|PHONE|LETTER|FAX|EMAIL|ONLINE") String channel, @SafeId String postId,
            @NotBlank @Size(max = 1000) String matter, @NotBlank @Size(max = 30) String outcome, @SafeId String itemCode,
            boolean difficult, @Size(max = 2000) String note) {
    }

    /** WP-8: every reception, also those that never become an application; SC-2.5 difficult questions flagged. */
    @POST
    @Path("/receptions")
    public Response register(@Valid @NotNull ReceptionRequest r) {
        Reception saved = receptions.register(actor.get(), new ReceptionService.NewReception(r.channel(), r.postId(),
                r.matter(), r.outcome(), r.itemCode(), r.difficult(), r.note()));
        return Response.created(URI.create("/api/intake/receptions/" + saved.id)).entity(ReceptionView.of(saved))
                .build();
    }

    @GET
    @Path("/receptions")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<ReceptionView> receptions(@QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to, @QueryParam("difficult") Boolean difficult) {
        return receptions.between(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                difficult).stream().map(ReceptionView::of).toList();
    }

    public record AppointmentRequest(@NotBlank @SafeId String postId, @NotNull LocalDate day,
            @NotBlank @Size(max = 20) String slot, boolean extendedHours, @NotBlank @Size(max = 1000) String matter,
            @NotBlank @Size(max = Limits.NAME) String applicantName, @Size(max = 40) String applicantPhone,
            @SafeId String itemCode) {
    }

    /** SC-2.6: an appointment or extended-hours session for a matter that needs study or approval. */
    @POST
    @Path("/appointments")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN, Roles.PORTAL})
    public Response book(@Valid @NotNull AppointmentRequest r) {
        Appointment a = receptions.book(actor.get(), new ReceptionService.NewAppointment(r.postId(), r.day(), r.slot(),
                r.extendedHours(), r.matter(), r.applicantName(), r.applicantPhone(), r.itemCode()));
        return Response.created(URI.create("/api/intake/appointments/" + a.id)).entity(AppointmentView.of(a)).build();
    }

    @POST
    @Path("/appointments/{id}/{state: done|cancelled|no-show}")
    public AppointmentView close(@PathParam("id") UUID id, @PathParam("state") String state) {
        return AppointmentView.of(receptions.setState(actor.get(), id, state.toUpperCase().replace('-', '_')));
    }

    @GET
    @Path("/statistics")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<StatisticsService.Row> statistics(@QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to, @QueryParam("groupBy") @NotNull String groupBy) {
        return statistics.summarise(from, to, groupBy);
    }

}
