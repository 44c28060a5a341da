package org.windowsuite.roster.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.roster.domain.Staff;

@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<Staff, String> {
}
