package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.complaint.domain.Violation;

@ApplicationScoped
public class ViolationRepository implements PanacheRepositoryBase<Violation, java.util.UUID> {
}
