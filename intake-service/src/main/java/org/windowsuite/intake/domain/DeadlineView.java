package org.windowsuite.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
    public void apply(String caseId, String clockKind, String alert, String level, Instant dueAt) {
        UUID id;
        try {
            id = UUID.fromString(caseId);
        } catch (IllegalArgumentException notOurs) {
            return;
        }
        if ("SCHEDULED".equals(alert) || "RETIMED".equals(alert)) {
            String column = switch (clockKind) {
                case "PROMISED" -> "promised_due";
                case "STATUTORY" -> "statutory_due";
                default -> null;
            };
            if (column != null) {
                em.createNativeQuery("update application set " + column + " = ?1 where id = ?2")
                        .setParameter(1, dueAt).setParameter(2, id).executeUpdate();
            }
        } else if ("WARNING".equals(alert) || "OVERDUE".equals(alert)) {
            // the worst level any of the case's clocks reached
            em.createNativeQuery("update application set deadline_level = ?1 where id = ?2 "
                    + "and (deadline_level is null or (?1 = 'OVERDUE' and deadline_level <> 'OVERDUE'))")
                    .setParameter(1, level).setParameter(2, id).executeUpdate();
        }
    }
}
