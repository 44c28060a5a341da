package org.windowsuite.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * The due dates and warning level of a case, as deadline-service announces them (SC-2.3). Written by column,
 * without the case's version: an announcement must never make a clerk's concurrent action fail as a conflict.
 */
@ApplicationScoped
public class DeadlineView {

    private final Applications applications;

    public DeadlineView(Applications applications) {
        this.applications = applications;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String caseId, String clockKind, String alert, String level, Instant dueAt,
            boolean dueProvisional) {
        UUID id;
        try {
            id = UUID.fromString(caseId);
        } catch (IllegalArgumentException notOurs) {
            return;
        }
        String prefix = switch (clockKind) {
            case "PROMISED" -> "promised";
            case "STATUTORY" -> "statutory";
            default -> null;
        };
        if (prefix == null || "STOPPED".equals(alert)) {
            return;
        }
        // the case shows the worse of its two clocks' levels
        applications.applyClock(id, prefix, "ON_TRACK".equals(level) ? null : level,
                "SCHEDULED".equals(alert) || "RETIMED".equals(alert), dueAt, dueProvisional);
    }
}
