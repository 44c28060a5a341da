package org.windowsuite.outbox.audit;

import java.util.Map;

/**
 * One state-changing act for the audit trail: what was done to which subject, the role that allowed it, for whom
 * (B acting for A), and a short summary of the subject before and after.
 */
public record AuditAct(String action, String subject, String role, String actingFor, Map<String, ?> before,
        Map<String, ?> after) {

    public static AuditAct of(String action, Object subject) {
        return new AuditAct(action, String.valueOf(subject), null, null, null, null);
    }

    /** The authority the act used, when it is narrower than the actor's strongest role (holder, B covering …). */
    public AuditAct as(String role, String actingFor) {
        return new AuditAct(action, subject, role, actingFor, before, after);
    }

    public AuditAct change(Map<String, ?> before, Map<String, ?> after) {
        return new AuditAct(action, subject, role, actingFor, before, after);
    }
}
