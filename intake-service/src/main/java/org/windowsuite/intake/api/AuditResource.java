package org.windowsuite.intake.api;

import jakarta.ws.rs.Path;
import org.windowsuite.outbox.audit.AuditApi;
import org.windowsuite.outbox.audit.AuditTrail;

/** {@code GET /api/intake/audit?subject=<application id, item code …>}: intake's audit trail. */
@Path("/api/intake/audit")
public class AuditResource extends AuditApi {

    public AuditResource(AuditTrail trail) {
        super(trail);
    }
}
