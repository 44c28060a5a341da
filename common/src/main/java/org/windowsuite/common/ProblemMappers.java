package org.windowsuite.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.windowsuite.common.web.PageErrors;
import org.windowsuite.common.web.PageSupport;

/**
 * Turns every failure into {@code application/problem+json} (on the pages: the same facts as a page); bad input
 * never becomes a 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final CurrentVertxRequest request;
    private final PageSupport pages;

    public ProblemMappers(CurrentVertxRequest request, PageSupport pages) {
        this.request = request;
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return problem(Problem.of(404, "Not Found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e) {
        return problem(new Problem("about:blank", "Rule violated", 422, e.getMessage(), e.rule(), null));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return problem(Problem.of(403, "Forbidden", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return problem(Problem.of(409, "Conflict", e.getMessage()));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentEdit(Exception e) {
        return problem(Problem.of(409, "Conflict", "the record was changed by someone else meanwhile; reload and retry"));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(new Problem("about:blank", "Bad Request", 400, "the request is not valid", null, errors));
    }

    /** Not JSON, or JSON of the wrong shape (a string where a number belongs, 2.9 for a whole number …): 400. */
    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.databind.JsonMappingException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
            com.fasterxml.jackson.core.JsonParseException.class})
    public Response unreadable(JsonProcessingException e) {
        List<Problem.FieldError> errors = null;
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
            errors = List.of(new Problem.FieldError(field, shorten(e.getOriginalMessage())));
        }
        return problem(new Problem("about:blank", "Bad Request", 400, "the body is not valid JSON for this request: "
                + shorten(e.getOriginalMessage()), null, errors));
    }

    /** A date so far off that arithmetic on it overflows: the client's input, never a 500. */
    @ServerExceptionMapper
    public Response impossibleDate(java.time.DateTimeException e) {
        return problem(Problem.of(400, "Bad Request", "a date or time is out of range: " + shorten(e.getMessage())));
    }

    private static String shorten(String message) {
        if (message == null) {
            return "";
        }
        // Jackson quotes the offending input: never echo a megabyte or a control character back
        String clean = message.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 300 ? clean.substring(0, 300) + "…" : clean;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        String area = pageArea();
        if (area != null && pages.devSignInEnabled()) {
            return Response.seeOther(java.net.URI.create("/" + area + "/sign-in")).build();
        }
        return problem(Problem.of(401, "Unauthorized", "a valid bearer token is required"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(Problem.of(403, "Forbidden", e.getMessage() == null ? "your role does not allow this" : e.getMessage()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response r = e.getResponse();
        if (r.getStatus() >= 500) {
            LOG.error("request failed", e);
        }
        return problem(Problem.of(r.getStatus(), r.getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    /**
     * The database is away or restarting (or a lock or serialization conflict outlived its wait): nothing was
     * committed, and the same request will succeed once it clears, so 503 with Retry-After, not a 500. Anything else
     * that failed in the persistence layer is a defect: a 500, logged, still as problem+json.
     */
    @ServerExceptionMapper({jakarta.persistence.PersistenceException.class,
            jakarta.transaction.TransactionalException.class, io.quarkus.narayana.jta.QuarkusTransactionException.class,
            java.sql.SQLException.class})
    public Response infrastructure(Exception e) {
        if (InfrastructureFaults.isTransient(e)) {
            LOG.warnf("database unavailable, answered 503: %s", e.toString());
            Response r = problem(Problem.of(503, "Service Unavailable",
                    "the service's database is unavailable for a moment; nothing was changed, retry shortly"));
            return Response.fromResponse(r).header("Retry-After", "5").build();
        }
        LOG.error("request failed", e);
        return problem(Problem.of(500, "Internal Server Error", "the request failed; it has been logged"));
    }

    /** A calendar question with a negative count and the like; thrown by our own domain code. */
    @ServerExceptionMapper
    public Response badArgument(org.windowsuite.common.calendar.CalendarArgumentException e) {
        return problem(Problem.of(400, "Bad Request", e.getMessage()));
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // method-parameter paths read "create.request.name": the client knows only "name"
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }

    private Response problem(Problem p) {
        String area = pageArea();
        if (area != null) {
            return Response.status(p.status()).type("text/html;charset=UTF-8").entity(PageErrors.html(area, p)).build();
        }
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    /** People read the pages: they get the same answer as a page, not as problem+json. */
    private String pageArea() {
        if (request.getCurrent() == null) {
            return null;
        }
        String path = request.getCurrent().request().path();
        for (String area : PageErrors.AREAS) {
            if (path.equals("/" + area) || path.startsWith("/" + area + "/")) {
                return area;
            }
        }
        return null;
    }
}
