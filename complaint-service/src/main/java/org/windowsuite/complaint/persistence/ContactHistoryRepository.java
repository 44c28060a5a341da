package org.windowsuite.complaint.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.windowsuite.complaint.domain.ContactHistories;
import org.windowsuite.complaint.domain.ContactHistory;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class ContactHistoryRepository extends PanacheStore<ContactHistory, Long> implements ContactHistories {

    @Override
    public List<ContactHistory> ofContact(UUID contactId) {
        return list("contactId = ?1 order by id", contactId);
    }
}
