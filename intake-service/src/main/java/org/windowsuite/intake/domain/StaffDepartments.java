package org.windowsuite.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.windowsuite.intake.persistence.StaffDepartmentRepository;

/** Staff and their departments as roster-service announced them; stale versions change nothing. */
@ApplicationScoped
public class StaffDepartments {

    private final StaffDepartmentRepository staff;

    public StaffDepartments(StaffDepartmentRepository staff) {
        this.staff = staff;
    }

    public record Change(String staffId, String department, boolean active, long version) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(Change change) {
        StaffDepartment s = staff.findById(change.staffId());
        if (s != null && s.version >= change.version()) {
            return false;
        }
        boolean first = s == null;
        if (first) {
            s = new StaffDepartment();
            s.staffId = change.staffId();
        }
        s.department = change.department();
        s.active = change.active();
        s.version = change.version();
        if (first) {
            staff.persist(s);
        }
        return true;
    }

    /** The department of an active member of staff; null for someone roster has not announced or has retired. */
    public String departmentOf(String staffId) {
        StaffDepartment s = staffId == null ? null : staff.findById(staffId);
        return s == null || !s.active ? null : s.department;
    }
}
