package org.windowsuite.outbox.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.windowsuite.common.Roles;
import org.windowsuite.common.RuleViolationException;

/**
 * {@code GET /api/<area>/audit?subject=…} (or {@code ?actor=…}): the audit trail for supervisors and complaint
 * officers. Each service mounts it under its own prefix; there is no write, update or delete method.
 */
public abstract class AuditApi {

    private final AuditTrail trail;

    protected AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER, Roles.ADMIN})
    public List<AuditEntry> find(@QueryParam("subject") @Size(max = 200) String subject,
            @QueryParam("actor") @Size(max = 64) String actor,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(AuditTrail.MAX_ENTRIES) int limit) {
        if (blank(subject) && blank(actor)) {
            throw new RuleViolationException("AUDIT", "name a subject or an actor");
        }
        return trail.find(blank(subject) ? null : subject, blank(actor) ? null : actor, limit);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
