package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.complaint.domain.ContactHistory;

@ApplicationScoped
public class ContactHistoryRepository implements PanacheRepository<ContactHistory> {
}
