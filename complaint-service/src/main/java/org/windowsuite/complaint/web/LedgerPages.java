package org.windowsuite.complaint.web;

import static org.windowsuite.common.web.FormFields.blank;
import static org.windowsuite.common.web.FormFields.number;
import static org.windowsuite.common.web.FormFields.require;

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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.Roles;
import org.windowsuite.common.web.SvgChart;
import org.windowsuite.complaint.domain.Ledger;
import org.windowsuite.complaint.domain.LedgerReport;
import org.windowsuite.complaint.domain.Violation;

/** Accountability (OTN-6, FI-8): candidates to verify or dismiss, appeals to decide, points by person and time. */
@Path("/console")
// staff only: the portal (or any other client) has no business on the pages, whatever cookie it holds
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class LedgerPages {

    public record Row(UUID id, String kind, String staffId, String actingFor, String department, String subjectType,
            String subjectId, String evidence, String state, Integer points, String appealReason, LocalDate day) {
    }

    private final ConsolePage page;
    private final Ledger ledger;
    private final CurrentActor actor;
    private final Clock clock;
    private final ZoneId zone;
    private final Template ledgerPage;
    private final Template accountability;

    public LedgerPages(ConsolePage page, Ledger ledger, CurrentActor actor, Clock clock, OfficeConfig office,
            @Location("console/ledger.html") Template ledgerPage,
            @Location("console/accountability.html") Template accountability) {
        this.page = page;
        this.ledger = ledger;
        this.actor = actor;
        this.clock = clock;
        this.zone = office.zone();
        this.ledgerPage = ledgerPage;
        this.accountability = accountability;
    }

    @GET
    @Path("ledger")
    public TemplateInstance ledger(@QueryParam("done") String done) {
        officer();
        return page.render(ledgerPage, "ledger").data("candidates", rows(ledger.byState(Violation.State.CANDIDATE)))
                .data("appeals", rows(ledger.pendingAppeals())).data("done", done);
    }

    @POST
    @Path("ledger/{id}/{decision: verify|dismiss}")
    public Response decide(@PathParam("id") UUID id, @PathParam("decision") String decision, @RestForm String note) {
        officer();
        if ("verify".equals(decision)) {
            ledger.verify(actor.get(), id, blank(note));
        } else {
            ledger.dismiss(actor.get(), id, blank(note));
        }
        return Response.seeOther(URI.create("/console/ledger?done=" + decision)).build();
    }

    @POST
    @Path("ledger/{id}/appeal")
    public Response decideAppeal(@PathParam("id") UUID id, @RestForm String outcome, @RestForm String points) {
        officer();
        require(List.of("UPHELD", "REDUCED", "REVOKED").contains(outcome), "outcome");
        ledger.decideAppeal(actor.get(), id, outcome,
                blank(points) == null ? null : number(points, "points"));
        return Response.seeOther(URI.create("/console/ledger?done=appeal")).build();
    }

    /** Points and missed time limits per department and per person, and a chart of both over the period. */
    @GET
    @Path("accountability")
    public TemplateInstance accountability(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        if (!actor.hasRole(Roles.COMPLAINT_OFFICER) && !actor.get().supervises()) {
            throw new NotAllowedException("accountability summaries are for the complaint center and supervisors");
        }
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(zone));
        LocalDate start = from != null ? from : end.minusDays(29);
        require(!end.isBefore(start), "from/to");
        List<Violation> entries = ledger.between(start.atStartOfDay(zone).toInstant(),
                end.plusDays(1).atStartOfDay(zone).toInstant());
        List<LedgerReport.Entry> report = entries.stream().map(v -> new LedgerReport.Entry(
                v.occurredAt.atZone(zone).toLocalDate(), v.staffId, v.department, v.kind, v.state,
                v.points == null ? 0 : v.points)).toList();
        List<LedgerReport.Period> periods = LedgerReport.overTime(report, start, end);
        Map<String, Object> t = page.labels();
        String chart = SvgChart.bars(String.valueOf(t.get("acc_chart")),
                periods.stream().map(LedgerReport.Period::label).toList(),
                List.of(new SvgChart.Series(String.valueOf(t.get("acc_points")), "#0b5cad",
                                periods.stream().map(LedgerReport.Period::points).toList()),
                        new SvgChart.Series(String.valueOf(t.get("acc_overdue")), "#b3261e",
                                periods.stream().map(LedgerReport.Period::overdue).toList())));
        return page.render(accountability, "accountability").data("from", start).data("to", end)
                .data("departments", ledger.byDepartment(start.atStartOfDay(zone).toInstant(),
                        end.plusDays(1).atStartOfDay(zone).toInstant()))
                .data("people", LedgerReport.byStaff(report)).data("chart", chart);
    }

    private List<Row> rows(List<Violation> vs) {
        return vs.stream().map(v -> new Row(v.id, v.kind, v.staffId, v.actingFor, v.department, v.subjectType,
                v.subjectId, v.evidence, v.state.name(), v.points, v.appealReason,
                v.occurredAt.atZone(zone).toLocalDate())).toList();
    }

    private void officer() {
        if (!actor.hasRole(Roles.COMPLAINT_OFFICER)) {
            throw new NotAllowedException("the ledger is kept by the complaint center");
        }
    }
}
