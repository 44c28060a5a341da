package org.windowsuite.complaint.api;

import jakarta.ws.rs.Path;
import org.windowsuite.outbox.audit.AuditApi;
import org.windowsuite.outbox.audit.AuditTrail;

/** {@code GET /api/complaints/audit?subject=<contact id, ledger entry id>}: the complaint center's audit trail. */
@Path("/api/complaints/audit")
public class AuditResource extends AuditApi {

    public AuditResource(AuditTrail trail) {
        super(trail);
    }
}
