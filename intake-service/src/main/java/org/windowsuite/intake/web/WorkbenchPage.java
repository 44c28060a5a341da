package org.windowsuite.intake.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.windowsuite.intake.domain.PostCoverage;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.Roles;
import org.windowsuite.common.web.PageSupport;

/** What every workbench page shows: the reader's labels and who is signed in. */
@RequestScoped
public class WorkbenchPage {

    /** A post as the pages show it: who holds it now, in which role, for whom, since and until when. */
    public record Holding(String postId, String department, String state, String role, String holder,
            String actingFor, String awayReason, OffsetDateTime since, OffsetDateTime until) {
    }

    public record Me(String staffId, List<String> roles, boolean clerk, boolean supervisor) {
    }

    private final PageSupport pages;
    private final CurrentActor actor;
    private final HttpHeaders headers;
    private final OfficeConfig office;
    private final ZoneId zone;

    public WorkbenchPage(PageSupport pages, CurrentActor actor, HttpHeaders headers, OfficeConfig office) {
        this.pages = pages;
        this.actor = actor;
        this.headers = headers;
        this.office = office;
        this.zone = office.zone();
    }

    public String lang() {
        return PageSupport.readerLanguage(headers);
    }

    public Map<String, Object> labels() {
        return pages.labels("workbench", lang());
    }

    public Me me() {
        List<String> roles = List.of(Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN).stream().filter(actor::hasRole).toList();
        return new Me(actor.get().staffId(), roles, actor.hasRole(Roles.CLERK), actor.get().supervises());
    }

    public Holding holding(PostCoverage c) {
        return new Holding(c.postId, c.department, c.state, c.role, c.holder, c.actingFor, c.awayReason, at(c.since),
                at(c.until));
    }

    public OffsetDateTime at(Instant i) {
        return office.at(i);
    }

    public ZoneId zone() {
        return zone;
    }

    public TemplateInstance render(Template template, String nav) {
        return template.data("t", labels()).data("lang", lang()).data("me", me()).data("nav", nav);
    }
}
