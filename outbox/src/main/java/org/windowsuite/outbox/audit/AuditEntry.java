package org.windowsuite.outbox.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** A stored act, as the audit API shows it. */
public record AuditEntry(long seq, OffsetDateTime at, String actor, String role, String actingFor, String action,
        String subject, JsonNode before, JsonNode after) {
}
