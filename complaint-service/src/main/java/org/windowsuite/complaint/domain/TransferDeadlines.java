package org.windowsuite.complaint.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** FI-4 due times of a transfer, as deadline-service computes them in working days. */
@ApplicationScoped
public class TransferDeadlines {

    private final Transfers transfers;

    public TransferDeadlines(Transfers transfers) {
        this.transfers = transfers;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String transferId, String clockKind, Instant dueAt) {
        Transfer t;
        try {
            t = transfers.byId(UUID.fromString(transferId));
        } catch (IllegalArgumentException notOurs) {
            return;
        }
        if (t == null || dueAt == null) {
            return;
        }
        switch (clockKind) {
            case "ACKNOWLEDGE" -> t.ackDue = dueAt;
            case "CONTACT" -> t.contactDue = dueAt;
            case "RESOLVE" -> t.resolveDue = dueAt;
            default -> {
            }
        }
    }
}
