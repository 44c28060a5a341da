package org.windowsuite.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.intake.domain.StaffDepartment;

@ApplicationScoped
public class StaffDepartmentRepository implements PanacheRepositoryBase<StaffDepartment, String> {
}
