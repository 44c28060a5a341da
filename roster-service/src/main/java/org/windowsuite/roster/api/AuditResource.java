package org.windowsuite.roster.api;

import jakarta.ws.rs.Path;
import org.windowsuite.outbox.audit.AuditApi;
import org.windowsuite.outbox.audit.AuditTrail;

/** {@code GET /api/roster/audit?subject=<staff id, post id, absence id>}: roster's audit trail. */
@Path("/api/roster/audit")
public class AuditResource extends AuditApi {

    public AuditResource(AuditTrail trail) {
        super(trail);
    }
}
