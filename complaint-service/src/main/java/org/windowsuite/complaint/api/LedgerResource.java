package org.windowsuite.complaint.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.input.Limits;
import org.windowsuite.common.input.SafeId;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.Roles;
import org.windowsuite.complaint.domain.Ledger;
import org.windowsuite.complaint.domain.Violation;

/** The accountability ledger (OTN-6, FI-8). */
@Path("/api/complaints")
@Authenticated
public class LedgerResource {

    private final Ledger ledger;
    private final CurrentActor actor;
    private final ZoneId zone;

    public LedgerResource(Ledger ledger, CurrentActor actor, OfficeConfig office) {
        this.ledger = ledger;
        this.actor = actor;
        this.zone = office.zone();
    }

    public record Entry(UUID id, String kind, String staffId, String actingFor, String department, String subjectType,
            String subjectId, String evidence, String state, Integer points, String decidedBy, String decisionNote,
            String appealReason, String appealOutcome, OffsetDateTime occurredAt) {
        static Entry of(Violation v, ZoneId zone) {
            return new Entry(v.id, v.kind, v.staffId, v.actingFor, v.department, v.subjectType, v.subjectId,
                    v.evidence, v.state.name(), v.points, v.decidedBy, v.decisionNote, v.appealReason,
                    v.appealOutcome, v.occurredAt.atZone(zone).toOffsetDateTime());
        }
    }

    public record StaffLedger(String staffId, LocalDate from, LocalDate to, long points, List<Entry> entries) {
    }

    public record NoteRequest(@Size(max = 1000) String note) {
    }

    public record AppealRequest(@NotBlank @Size(max = Limits.TEXT) String reason) {
    }

    public record AppealDecision(@NotNull @Pattern(regexp = "UPHELD|REDUCED|REVOKED") String outcome,
            @Min(0) @Max(100) Integer points) {
    }

    @GET
    @Path("/violations")
    @RolesAllowed({Roles.COMPLAINT_OFFICER, Roles.ADMIN})
    public List<Entry> byState(@QueryParam("state") @DefaultValue("CANDIDATE") Violation.State state) {
        return ledger.byState(state).stream().map(v -> Entry.of(v, zone)).toList();
    }

    @POST
    @Path("/violations/{id}/verify")
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    public Entry verify(@PathParam("id") UUID id, @Valid NoteRequest r) {
        return Entry.of(ledger.verify(actor.get(), id, r == null ? null : r.note()), zone);
    }

    @POST
    @Path("/violations/{id}/dismiss")
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    public Entry dismiss(@PathParam("id") UUID id, @Valid NoteRequest r) {
        return Entry.of(ledger.dismiss(actor.get(), id, r == null ? null : r.note()), zone);
    }

    @POST
    @Path("/violations/{id}/appeal")
    public Entry appeal(@PathParam("id") UUID id, @Valid @NotNull AppealRequest r) {
        return Entry.of(ledger.appeal(actor.get(), id, r.reason()), zone);
    }

    @POST
    @Path("/violations/{id}/appeal/decision")
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    public Entry decide(@PathParam("id") UUID id, @Valid @NotNull AppealDecision r) {
        return Entry.of(ledger.decideAppeal(actor.get(), id, r.outcome(), r.points()), zone);
    }

    /** One person's ledger in a period; staff see their own, officers and supervisors anyone's. */
    @GET
    @Path("/accountability")
    public StaffLedger ofStaff(@QueryParam("staffId") @NotBlank @SafeId String staffId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        if (!staffId.equals(actor.get().staffId()) && !actor.get().supervises()
                && !actor.hasRole(Roles.COMPLAINT_OFFICER)) {
            throw new NotAllowedException("you may read only your own ledger");
        }
        LocalDate start = from != null ? from : LocalDate.of(2000, 1, 1);
        LocalDate end = to != null ? to : LocalDate.of(2100, 1, 1);
        List<Violation> entries = ledger.ofStaff(staffId, start.atStartOfDay(zone).toInstant(),
                end.plusDays(1).atStartOfDay(zone).toInstant());
        return new StaffLedger(staffId, start, end, Violation.deductedPoints(entries),
                entries.stream().map(v -> Entry.of(v, zone)).toList());
    }

    @GET
    @Path("/accountability/departments")
    @RolesAllowed({Roles.COMPLAINT_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<Ledger.Summary> byDepartment(@QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to) {
        return ledger.byDepartment(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
