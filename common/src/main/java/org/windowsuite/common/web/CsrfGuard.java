package org.windowsuite.common.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.windowsuite.common.Problem;
import org.windowsuite.common.input.Limits;

/**
 * CSRF protection of the pages by double submit: every page visit makes sure the browser holds a random token in an
 * HttpOnly, SameSite=Strict cookie; every form of the pages carries the same token in a hidden field ({@link
 * CsrfToken}), and a page request that changes anything (POST, PUT, PATCH, DELETE) is refused (403) unless field —
 * or the {@value #HEADER} header — and cookie agree. Another site can make the browser send the cookie but cannot read
 * it, so it cannot fill in the field. Every field of a page form is held to the suite's input rules as well. The
 * APIs are not concerned: they take credentials from the Authorization header
 * only, which no other site can make a browser send.
 */
public class CsrfGuard {

    public static final String COOKIE = "ws_csrf";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";
    static final String TOKEN_KEY = "window.csrf.token";
    private static final String NEW_COOKIE_KEY = "window.csrf.new";
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (!isPage(routing.normalizedPath())) {
            return null;
        }
        Cookie cookie = routing.request().getCookie(COOKIE);
        String held = cookie != null && wellFormed(cookie.getValue()) ? cookie.getValue() : null;
        if (safe(request.getMethod())) {
            if (held == null) {
                byte[] bytes = new byte[TOKEN_BYTES];
                random.nextBytes(bytes);
                held = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                routing.put(NEW_COOKIE_KEY, Boolean.TRUE);
            }
            routing.put(TOKEN_KEY, held);
            return null;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        String sent = request.getHeaderString(HEADER);
        if (sent == null && request.hasEntity()) {
            Object field = context.getFormParameter(FIELD, true, false);
            sent = field == null ? null : field.toString();
        }
        if (held == null || sent == null || !MessageDigest.isEqual(held.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII))) {
            return Response.status(403).type(Problem.MEDIA_TYPE).entity(Problem.of(403, "Forbidden",
                    "the form's CSRF token is missing or does not match this browser's; reload the page and send "
                            + "it again")).build();
        }
        routing.put(TOKEN_KEY, held);
        return formInput(context.getFormData());
    }

    /**
     * What holds for every field of every page form, as for the APIs' strings: no control character other than tab
     * and line breaks, and no value longer than the longest column a page writes to (400, nothing written).
     */
    private static Response formInput(FormData form) {
        if (form == null) {
            return null;
        }
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                String text = value.isFileItem() ? null : value.getValue();
                if (text == null) {
                    continue;
                }
                if (Limits.hasForbiddenCharacter(text) || Limits.hasForbiddenCharacter(name)) {
                    return badForm("field " + name.replaceAll("\\p{Cntrl}", "?") + " contains control characters");
                }
                if (text.length() > Limits.TEXT) {
                    return badForm("field " + name + " may have at most " + Limits.TEXT + " characters");
                }
            }
        }
        return null;
    }

    private static Response badForm(String detail) {
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(Problem.of(400, "Bad Request", detail)).build();
    }

    @ServerResponseFilter
    public void issue(ContainerResponseContext response, RoutingContext routing) {
        if (routing.get(NEW_COOKIE_KEY) != null) {
            routing.response().addCookie(Cookie.cookie(COOKIE, routing.get(TOKEN_KEY)).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL()));
        }
    }

    /** Everything but the APIs, the operators' endpoints and Quarkus' own is a page. */
    static boolean isPage(String path) {
        return path != null && !path.startsWith("/api/") && !path.startsWith("/admin/") && !path.startsWith("/q/");
    }

    private static boolean safe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]{43}");
    }
}
