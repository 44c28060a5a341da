package org.windowsuite.complaint.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.Roles;
import org.windowsuite.common.web.PageSupport;
import org.windowsuite.complaint.domain.StaffDirectory;
import org.windowsuite.complaint.domain.StaffMember;

/** What every console page shows: the reader's labels and who is signed in. */
@RequestScoped
public class ConsolePage {

    public record Me(String staffId, String name, String department, List<String> roles, boolean officer,
            boolean supervisor, boolean clerk) {
    }

    private final PageSupport pages;
    private final CurrentActor actor;
    private final StaffDirectory staff;
    private final HttpHeaders headers;
    private Me me;

    public ConsolePage(PageSupport pages, CurrentActor actor, StaffDirectory staff, HttpHeaders headers) {
        this.pages = pages;
        this.actor = actor;
        this.staff = staff;
        this.headers = headers;
    }

    public String lang() {
        return PageSupport.readerLanguage(headers);
    }

    public Map<String, Object> labels() {
        return pages.labels("console", lang());
    }

    /** Looked up once per request: the page and its layout both ask. */
    public Me me() {
        if (me == null) {
            me = lookUpMe();
        }
        return me;
    }

    private Me lookUpMe() {
        String id = actor.get().staffId();
        StaffMember m = staff.find(id);
        List<String> roles = List.of(Roles.COMPLAINT_OFFICER, Roles.SUPERVISOR, Roles.CLERK, Roles.ADMIN).stream()
                .filter(actor::hasRole).toList();
        return new Me(id, m == null ? id : m.name, m == null ? null : m.department, roles,
                actor.hasRole(Roles.COMPLAINT_OFFICER), actor.get().supervises(), actor.hasRole(Roles.CLERK));
    }

    /** A page with the layout's data filled in; {@code nav} marks the current menu entry. */
    public TemplateInstance render(Template template, String nav) {
        return template.data("t", labels()).data("lang", lang()).data("me", me()).data("nav", nav);
    }
}
