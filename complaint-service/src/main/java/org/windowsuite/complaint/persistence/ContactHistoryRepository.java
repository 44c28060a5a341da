package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.windowsuite.complaint.domain.ContactHistories;
import org.windowsuite.complaint.domain.ContactHistory;

@ApplicationScoped
public class ContactHistoryRepository implements PanacheRepository<ContactHistory>, ContactHistories {

    @Override
    public void add(ContactHistory line) {
        persist(line);
    }

    @Override
    public List<ContactHistory> ofContact(UUID contactId) {
        return list("contactId = ?1 order by id", contactId);
    }
}
