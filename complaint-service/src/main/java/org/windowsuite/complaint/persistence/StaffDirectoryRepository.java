package org.windowsuite.complaint.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.windowsuite.complaint.domain.StaffMember;
import org.windowsuite.complaint.domain.StaffMembers;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class StaffDirectoryRepository extends PanacheStore<StaffMember, String> implements StaffMembers {

    @Override
    public List<StaffMember> all() {
        return listAll(Sort.by("department", "staffId"));
    }

    @Override
    public boolean departmentExists(String department) {
        return count("department", department) > 0;
    }
}
