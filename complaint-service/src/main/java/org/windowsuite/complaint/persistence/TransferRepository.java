package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.windowsuite.complaint.domain.Transfer;
import org.windowsuite.complaint.domain.Transfers;

@ApplicationScoped
public class TransferRepository implements PanacheRepositoryBase<Transfer, UUID>, Transfers {

    @Override
    public Transfer byId(UUID id) {
        return findById(id);
    }

    @Override
    public void add(Transfer transfer) {
        persist(transfer);
    }

    @Override
    public List<Transfer> ofContact(UUID contactId) {
        return list("contactId = ?1 order by transferredAt", contactId);
    }

    @Override
    public Transfer openOf(UUID contactId) {
        return find("contactId = ?1 and resolvedAt is null order by transferredAt desc", contactId).firstResult();
    }
}
