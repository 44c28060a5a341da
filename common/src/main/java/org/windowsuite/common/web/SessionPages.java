package org.windowsuite.common.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.Roles;

/**
 * Signing in and out, the language switch and the shared assets of one page area. Each area's resource extends
 * this under its own prefix ("/console", "/workbench"), so the gateway routes them with the area's pages.
 */
public abstract class SessionPages {

    private static final List<String> ROLES = List.of(Roles.CLERK, Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER,
            Roles.ADMIN);

    private final PageSupport pages;

    protected SessionPages(PageSupport pages) {
        this.pages = pages;
    }

    /** "console" or "workbench". */
    protected abstract String area();

    @GET
    @Path("assets/{name}")
    @PermitAll
    public Response asset(@PathParam("name") String name) {
        String type = name.endsWith(".css") ? "text/css;charset=UTF-8" : "text/javascript;charset=UTF-8";
        return Response.ok(PageSupport.asset(name), type).header("Cache-Control", "max-age=3600").build();
    }

    @GET
    @Path("lang/{lang}")
    @PermitAll
    public Response language(@PathParam("lang") String lang, @QueryParam("back") String back) {
        String target = back != null && back.startsWith("/" + area()) ? back : "/" + area();
        return Response.seeOther(URI.create(target)).cookie(pages.languageCookie(lang)).build();
    }

    /** The local stack's sign-in: pick a demo staff member and roles. Not found where it is switched off. */
    @GET
    @Path("sign-in")
    @PermitAll
    @Produces("text/html;charset=UTF-8")
    public String signInPage(@RestCookie(PageSupport.LANG_COOKIE) String lang) {
        requireDevSignIn();
        Map<String, Object> t = pages.labels(area(), lang);
        StringBuilder people = new StringBuilder();
        for (PageSupport.Person p : pages.demoPeople()) {
            people.append("<form method=\"post\" action=\"/").append(area()).append("/sign-in\">")
                    .append(pages.csrfField())
                    .append("<input type=\"hidden\" name=\"staffId\" value=\"").append(PageErrors.escape(p.staffId()))
                    .append("\">");
            p.roles().forEach(r -> people.append("<input type=\"hidden\" name=\"roles\" value=\"")
                    .append(PageErrors.escape(r)).append("\">"));
            people.append("<button type=\"submit\" class=\"secondary\" id=\"as-").append(PageErrors.escape(p.staffId()))
                    .append("\">").append(PageErrors.escape(p.staffId())).append(" · ")
                    .append(PageErrors.escape(String.join(", ", p.roles()))).append("</button></form>");
        }
        StringBuilder roles = new StringBuilder();
        ROLES.forEach(r -> roles.append("<label><input type=\"checkbox\" name=\"roles\" value=\"").append(r)
                .append("\"> ").append(r).append("</label> "));
        return "<!DOCTYPE html><html lang=\"" + PageSupport.language(lang) + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + t.get("signin_title")
                + "</title><link rel=\"stylesheet\" href=\"/" + area() + "/assets/app.css\"></head><body>"
                + "<header class=\"top\"><span class=\"brand\">" + t.get("app_name") + "</span><span class=\"who\">"
                + "<a href=\"/" + area() + "/lang/zh?back=/" + area() + "/sign-in\">中文</a><a href=\"/" + area()
                + "/lang/en?back=/" + area() + "/sign-in\">English</a></span></header><main class=\"page\">"
                + "<h1>" + t.get("signin_title") + "</h1><p class=\"muted\">" + t.get("signin_hint") + "</p>"
                + "<section class=\"card\"><div class=\"people\">" + people + "</div></section>"
                + "<section class=\"card\"><form method=\"post\" action=\"/" + area() + "/sign-in\" class=\"stack\">"
                + pages.csrfField()
                + "<label for=\"staffId\">" + t.get("signin_staff") + "</label><input type=\"text\" id=\"staffId\" "
                + "name=\"staffId\" required><div>" + roles + "</div><p><button type=\"submit\">" + t.get("signin_go")
                + "</button></p></form></section></main></body></html>";
    }

    @POST
    @Path("sign-in")
    @PermitAll
    public Response signIn(@RestForm String staffId, @RestForm List<String> roles) {
        requireDevSignIn();
        if (staffId == null || staffId.isBlank() || roles == null || roles.isEmpty()
                || !ROLES.containsAll(roles)) {
            throw new jakarta.ws.rs.BadRequestException("name a staff member and at least one of " + ROLES);
        }
        return Response.seeOther(URI.create("/" + area())).cookie(pages.signIn(staffId.trim(), roles)).build();
    }

    @POST
    @Path("sign-out")
    @PermitAll
    public Response signOut() {
        return Response.seeOther(URI.create(pages.devSignInEnabled() ? "/" + area() + "/sign-in" : "/"))
                .cookie(pages.signOut()).build();
    }

    private void requireDevSignIn() {
        if (!pages.devSignInEnabled()) {
            throw new NotFoundException("sign in through the organisation's identity provider");
        }
    }
}
