package org.windowsuite.intake.web;

import static org.windowsuite.common.web.FormFields.require;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.windowsuite.common.Roles;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.web.SvgChart;
import org.windowsuite.intake.domain.Application;
import org.windowsuite.intake.domain.CaseWorkService;
import org.windowsuite.intake.domain.CoverageProjection;
import org.windowsuite.intake.domain.PostCoverage;
import org.windowsuite.intake.domain.StatisticsService;

/**
 * A supervisor's view of the hall: every post's coverage (AB-3: an empty post is an alarm), who is away and who
 * covers, the queues, and the statistics (WP-8) with a chart.
 */
@Path("/workbench")
// staff only: the portal (or any other client) has no business on the pages, whatever cookie it holds
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class OverviewPages {

    /** {@code provisional}: open cases whose due date is an estimate until next year's holiday schedule is published. */
    public record PostRow(WorkbenchPage.Holding post, long open, long warning, long overdue, long provisional) {
    }

    private final WorkbenchPage page;
    private final CoverageProjection coverage;
    private final CaseWorkService work;
    private final StatisticsService statistics;
    private final CurrentActor actor;
    private final Clock clock;
    private final Template overview;

    public OverviewPages(WorkbenchPage page, CoverageProjection coverage, CaseWorkService work,
            StatisticsService statistics, CurrentActor actor, Clock clock,
            @Location("workbench/overview.html") Template overview) {
        this.page = page;
        this.coverage = coverage;
        this.work = work;
        this.statistics = statistics;
        this.actor = actor;
        this.clock = clock;
        this.overview = overview;
    }

    @GET
    @Path("overview")
    public TemplateInstance overview(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        if (!actor.get().supervises()) {
            throw new NotAllowedException("the hall overview is for supervisors");
        }
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(page.zone()));
        LocalDate start = from != null ? from : end.minusDays(13);
        require(!end.isBefore(start), "from/to");
        List<PostCoverage> posts = coverage.all();
        List<PostRow> rows = posts.stream().map(p -> {
            List<Application> open = work.queue(p.postId);
            return new PostRow(page.holding(p), open.size(),
                    open.stream().filter(a -> "WARNING".equals(a.deadlineLevel)).count(),
                    open.stream().filter(a -> "OVERDUE".equals(a.deadlineLevel)).count(),
                    open.stream().filter(a -> a.promisedDueProvisional || a.statutoryDueProvisional).count());
        }).toList();
        List<StatisticsService.Row> byDay = statistics.summarise(start, end, "day");
        Map<String, Object> t = page.labels();
        List<String> days = start.datesUntil(end.plusDays(1)).map(LocalDate::toString).toList();
        Map<String, StatisticsService.Row> day = new java.util.HashMap<>();
        byDay.forEach(r -> day.put(r.key(), r));
        String chart = SvgChart.bars(String.valueOf(t.get("stats_chart")),
                days.stream().map(d -> d.substring(5)).toList(),
                List.of(new SvgChart.Series(String.valueOf(t.get("stats_received")), "#0b5cad",
                                days.stream().map(d -> day.containsKey(d) ? day.get(d).received() : 0L).toList()),
                        new SvgChart.Series(String.valueOf(t.get("stats_completed")), "#1e7b34",
                                days.stream().map(d -> day.containsKey(d) ? day.get(d).completed() : 0L).toList()),
                        new SvgChart.Series(String.valueOf(t.get("stats_overdue")), "#b3261e",
                                days.stream().map(d -> day.containsKey(d) ? day.get(d).overdue() : 0L).toList())));
        return page.render(overview, "overview").data("posts", rows)
                .data("empty", rows.stream().filter(r -> "EMPTY".equals(r.post().state())).toList())
                .data("away", rows.stream().map(PostRow::post).filter(p -> !"NORMAL".equals(p.state())).toList())
                .data("byPost", statistics.summarise(start, end, "post")).data("chart", chart).data("from", start)
                .data("to", end).data("provisional", rows.stream().mapToLong(PostRow::provisional).sum());
    }
}
