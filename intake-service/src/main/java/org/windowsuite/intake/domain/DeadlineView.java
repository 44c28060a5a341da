package org.windowsuite.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * The due dates and warning level of a case, as deadline-service announces them (SC-2.3). Written by column,
 * without the case's version: an announcement must never make a clerk's concurrent action fail as a conflict.
 */
@ApplicationScoped
public class DeadlineView {

    private final EntityManager em;

    public DeadlineView(EntityManager em) {
        this.em = em;
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
        String other = prefix.equals("promised") ? "statutory" : "promised";
        String clockLevel = "ON_TRACK".equals(level) ? null : level;
        boolean retimed = "SCHEDULED".equals(alert) || "RETIMED".equals(alert);
        // the case shows the worse of its two clocks' levels
        Query update = em.createNativeQuery("update application set " + prefix + "_level = cast(?1 as varchar), "
                + (retimed ? prefix + "_due = ?3, " + prefix + "_due_provisional = ?4, " : "")
                + "deadline_level = case when cast(?1 as varchar) = 'OVERDUE' or " + other + "_level = 'OVERDUE' "
                + "then 'OVERDUE' when cast(?1 as varchar) = 'WARNING' or " + other + "_level = 'WARNING' "
                + "then 'WARNING' end where id = ?2")
                .setParameter(1, clockLevel).setParameter(2, id);
        if (retimed) {
            update.setParameter(3, dueAt).setParameter(4, dueProvisional);
        }
        update.executeUpdate();
    }
}
