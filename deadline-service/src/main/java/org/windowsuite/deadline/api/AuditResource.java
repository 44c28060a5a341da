package org.windowsuite.deadline.api;

import jakarta.ws.rs.Path;
import org.windowsuite.outbox.audit.AuditApi;
import org.windowsuite.outbox.audit.AuditTrail;

/** {@code GET /api/deadlines/audit?subject=<clock id, year>}: deadline-service's audit trail. */
@Path("/api/deadlines/audit")
public class AuditResource extends AuditApi {

    public AuditResource(AuditTrail trail) {
        super(trail);
    }
}
