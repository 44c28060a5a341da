package org.windowsuite.deadline.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.input.Limits;
import org.windowsuite.common.input.SafeId;
import org.windowsuite.deadline.domain.ClockService;
import org.windowsuite.deadline.domain.DeadlineClock;

/** The clocks of cases, transfers and complaints: what is due when, what is late. */
@Path("/api/deadlines/clocks")
@jakarta.annotation.security.RolesAllowed({"clerk", "supervisor", "complaint-officer", "admin"})
public class ClockResource {

    private final ClockService clocks;
    private final OfficeConfig office;
    private final SecurityIdentity identity;

    public ClockResource(ClockService clocks, OfficeConfig office, SecurityIdentity identity) {
        this.clocks = clocks;
        this.office = office;
        this.identity = identity;
    }

    public record ClockView(UUID id, String subjectType, String subjectId, String kind, String department,
            String postId, String holder, String actingFor, OffsetDateTime startAt, int workingDays,
            int extensionDays, int pausedDays, LocalDate dueDay, OffsetDateTime dueAt, OffsetDateTime warnAt,
            String level, String state, String stopReason, boolean dueProvisional) {
    }

    public record PauseView(OffsetDateTime pausedAt, OffsetDateTime resumedAt, String reason, Integer lostDays) {
    }

    public record ExtensionView(int days, String reason, String grantedBy, OffsetDateTime grantedAt) {
    }

    public record ClockDetail(ClockView clock, List<PauseView> pauses, List<ExtensionView> extensions) {
    }

    public record ExtensionRequest(@NotNull @Min(1) @Max(Limits.WORKING_DAYS) Integer days,
            @NotBlank @Size(max = Limits.SHORT_TEXT) String reason) {
    }

    /**
     * By subject ({@code subjectType}+{@code subjectId}), by level (e.g. OVERDUE) and department, or the clocks whose
     * due date is still provisional ({@code provisional=true}, optionally by department). The last two are earliest
     * due first, {@code limit} at most from {@code offset}: in December nearly every new clock is provisional.
     */
    @GET
    public List<ClockView> find(@QueryParam("subjectType") @Size(max = 20) String subjectType,
            @QueryParam("subjectId") @Size(max = 100) String subjectId,
            @QueryParam("level") DeadlineClock.Level level, @QueryParam("department") @SafeId String department,
            @QueryParam("provisional") boolean provisional,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("" + Limits.LISTED) @Min(1) @Max(Limits.LISTED) int limit) {
        if (subjectType != null && subjectId != null) {
            return clocks.ofSubject(subjectType, subjectId).stream().map(this::view).toList();
        }
        if (provisional) {
            return clocks.provisional(department, offset, limit).stream().map(this::view).toList();
        }
        if (level != null) {
            return clocks.byLevel(level, department, offset, limit).stream().map(this::view).toList();
        }
        throw new BadRequestException("ask by subjectType and subjectId, by level (and department), or provisional=true");
    }

    @GET
    @Path("/{id}")
    public ClockDetail get(@PathParam("id") UUID id) {
        DeadlineClock c = clocks.clock(id);
        return new ClockDetail(view(c),
                clocks.pauses(id).stream().map(p -> new PauseView(office.at(p.pausedAt()), office.at(p.resumedAt()),
                p.reason(),
                        p.lostDays())).toList(),
                clocks.extensions(id).stream().map(e -> new ExtensionView(e.days(), e.reason(), e.grantedBy(),
                        office.at(e.grantedAt()))).toList());
    }

    @POST
    @Path("/{id}/extensions")
    @RolesAllowed({"supervisor", "admin"})
    public ClockView extend(@PathParam("id") UUID id, @Valid @NotNull ExtensionRequest request) {
        return view(clocks.extend(new org.windowsuite.common.Actor(identity.getPrincipal().getName(), identity.getRoles()), id,
                request.days(), request.reason()));
    }

    private ClockView view(DeadlineClock c) {
        return new ClockView(c.id, c.subjectType, c.subjectId, c.kind, c.department, c.postId, c.holder, c.actingFor,
                office.at(c.startAt), c.workingDays, c.extensionDays, c.pausedDays, c.dueDay, office.at(c.dueAt),
                office.at(c.warnAt),
                c.level.name(), c.state.name(), c.stopReason, c.dueProvisional);
    }

}
