package org.windowsuite.roster.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.windowsuite.roster.domain.Staff;
import org.windowsuite.roster.domain.StaffMembers;

@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<Staff, String>, StaffMembers {

    @Override
    public Staff byId(String id) {
        return findById(id);
    }

    @Override
    public void add(Staff member) {
        persist(member);
    }

    @Override
    public List<Staff> all() {
        return listAll(Sort.by("department", "id"));
    }

    @Override
    public List<Staff> active() {
        return list("active = true order by department, id");
    }
}
