package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.complaint.domain.StaffMember;

@ApplicationScoped
public class StaffDirectoryRepository implements PanacheRepositoryBase<StaffMember, String> {
}
