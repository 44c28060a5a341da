package org.windowsuite.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.windowsuite.intake.persistence.ApplicationRepository;

/** The due dates and warning level of a case, as deadline-service announces them (SC-2.3). */
@ApplicationScoped
public class DeadlineView {

    private final ApplicationRepository applications;

    public DeadlineView(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String caseId, String clockKind, String alert, String level, Instant dueAt) {
        Application app;
        try {
            app = applications.findById(UUID.fromString(caseId));
        } catch (IllegalArgumentException notOurs) {
            return;
        }
        if (app == null) {
            return;
        }
        if ("SCHEDULED".equals(alert) || "RETIMED".equals(alert)) {
            if ("PROMISED".equals(clockKind)) {
                app.promisedDue = dueAt;
            } else if ("STATUTORY".equals(clockKind)) {
                app.statutoryDue = dueAt;
            }
        }
        if (("WARNING".equals(alert) || "OVERDUE".equals(alert)) && worse(level, app.deadlineLevel)) {
            app.deadlineLevel = level;
        }
    }

    private static boolean worse(String level, String current) {
        return current == null || ("OVERDUE".equals(level) && !"OVERDUE".equals(current));
    }
}
