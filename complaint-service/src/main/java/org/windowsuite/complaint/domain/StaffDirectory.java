package org.windowsuite.complaint.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.windowsuite.common.NotFoundException;

/** Who works here and how senior they are, as roster-service announced it; stale versions change nothing. */
@ApplicationScoped
public class StaffDirectory {

    private final StaffMembers staff;

    public StaffDirectory(StaffMembers staff) {
        this.staff = staff;
    }

    public record Change(String staffId, String name, String department, int rank, boolean active, long version) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(Change change) {
        StaffMember m = staff.byId(change.staffId());
        if (m != null && m.version >= change.version()) {
            return false;
        }
        boolean first = m == null;
        if (first) {
            m = new StaffMember();
            m.staffId = change.staffId();
        }
        m.name = change.name();
        m.department = change.department();
        m.rank = change.rank();
        m.active = change.active();
        m.version = change.version();
        if (first) {
            // Hibernate inserts the state an entity has when persisted: persist only once it is complete
            staff.add(m);
        }
        return true;
    }

    /** The member, or null for someone the directory has not heard of (yet). */
    public StaffMember find(String staffId) {
        return staffId == null ? null : staff.byId(staffId);
    }

    public StaffMember member(String staffId) {
        StaffMember m = staff.byId(staffId);
        if (m == null) {
            throw new NotFoundException("no staff member " + staffId);
        }
        return m;
    }

    public List<StaffMember> all() {
        return staff.all();
    }
}
