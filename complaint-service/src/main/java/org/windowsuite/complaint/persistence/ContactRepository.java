package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.complaint.domain.Contact;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, java.util.UUID> {
}
