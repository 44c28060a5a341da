package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.complaint.domain.StaffMember;

@ApplicationScoped
public class StaffDirectoryRepository implements PanacheRepositoryBase<StaffMember, String> {

    /** A department exists for the suite when roster-service has announced a member of it. */
    public boolean departmentExists(String department) {
        return count("department", department) > 0;
    }
}
