package org.windowsuite.roster.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.windowsuite.outbox.persistence.PanacheStore;
import org.windowsuite.roster.domain.Staff;
import org.windowsuite.roster.domain.StaffMembers;

@ApplicationScoped
public class StaffRepository extends PanacheStore<Staff, String> implements StaffMembers {

    @Override
    public List<Staff> all() {
        return listAll(Sort.by("department", "id"));
    }

    @Override
    public List<Staff> active() {
        return list("active = true order by department, id");
    }
}
