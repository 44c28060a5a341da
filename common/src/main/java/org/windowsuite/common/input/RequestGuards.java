package org.windowsuite.common.input;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.windowsuite.common.Problem;

/**
 * What holds for every request before a resource sees it: the APIs read JSON only (415 otherwise), no body larger
 * than {@link Limits#BODY_BYTES} (413; Quarkus' own limit stops one that does not say its length), and no control
 * character in the path or a query parameter (400) — a CR/LF there could end up in a header or a log line — and
 * no API call authenticated by the pages' cookie alone (401): the APIs take the Authorization header.
 */
public class RequestGuards {

    @ServerRequestFilter
    public Response guard(ContainerRequestContext request, ResourceInfo resource) {
        String path = request.getUriInfo().getPath();
        if (hasLineOrControl(path)) {
            return problem(400, "Bad Request", "the path contains control characters");
        }
        for (Map.Entry<String, List<String>> e : request.getUriInfo().getQueryParameters().entrySet()) {
            if (hasLineOrControl(e.getKey()) || e.getValue().stream().anyMatch(RequestGuards::hasLineOrControl)) {
                return problem(400, "Bad Request", "query parameter " + printable(e.getKey())
                        + " contains control characters");
            }
        }
        if (request.getLength() > Limits.BODY_BYTES) {
            return problem(413, "Payload Too Large", "the body may have at most " + Limits.BODY_BYTES + " bytes");
        }
        if (api(path) && hasBody(request) && !json(request.getMediaType())) {
            return problem(415, "Unsupported Media Type", "send the body as application/json");
        }
        // the pages' session cookie is for the pages: a cross-site form must never reach an API with it
        if (path.startsWith("/api/") && request.getHeaderString("Authorization") == null
                && request.getSecurityContext().getUserPrincipal() != null && !isPublic(resource)) {
            return problem(401, "Unauthorized", "the APIs take a bearer token in the Authorization header");
        }
        return null;
    }

    private static boolean isPublic(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method != null && (method.isAnnotationPresent(PermitAll.class)
                || method.getDeclaringClass().isAnnotationPresent(PermitAll.class));
    }

    /** A body with bytes in it (an empty POST with a form type, as some clients send, carries none). */
    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || "chunked".equalsIgnoreCase(request.getHeaderString("Transfer-Encoding"));
    }

    private static boolean api(String path) {
        return path.startsWith("/api/") || path.startsWith("/admin/");
    }

    private static boolean json(MediaType type) {
        return type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))
                && "application".equals(type.getType());
    }

    private static boolean hasLineOrControl(String s) {
        return Limits.hasForbiddenCharacter(s) || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || s.indexOf('\t') >= 0;
    }

    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }

    private static Response problem(int status, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(status, title, detail)).build();
    }
}
