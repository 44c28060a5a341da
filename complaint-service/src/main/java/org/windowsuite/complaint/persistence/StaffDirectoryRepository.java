package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.windowsuite.complaint.domain.StaffMember;
import org.windowsuite.complaint.domain.StaffMembers;

@ApplicationScoped
public class StaffDirectoryRepository implements PanacheRepositoryBase<StaffMember, String>, StaffMembers {

    @Override
    public StaffMember byId(String staffId) {
        return findById(staffId);
    }

    @Override
    public void add(StaffMember member) {
        persist(member);
    }

    @Override
    public List<StaffMember> all() {
        return listAll(Sort.by("department", "staffId"));
    }

    @Override
    public boolean departmentExists(String department) {
        return count("department", department) > 0;
    }
}
