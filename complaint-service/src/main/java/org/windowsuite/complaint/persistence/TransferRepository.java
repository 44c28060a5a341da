package org.windowsuite.complaint.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.windowsuite.complaint.domain.Transfer;
import org.windowsuite.complaint.domain.Transfers;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class TransferRepository extends PanacheStore<Transfer, UUID> implements Transfers {

    @Override
    public List<Transfer> ofContact(UUID contactId) {
        return list("contactId = ?1 order by transferredAt", contactId);
    }

    @Override
    public Transfer openOf(UUID contactId) {
        return find("contactId = ?1 and resolvedAt is null order by transferredAt desc", contactId).firstResult();
    }
}
