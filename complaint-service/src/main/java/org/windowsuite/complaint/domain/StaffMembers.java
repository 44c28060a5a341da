package org.windowsuite.complaint.domain;

import java.util.List;

/** The staff as roster-service announced them; persistence implements it. */
public interface StaffMembers {

    /** The member, or null. */
    StaffMember byId(String staffId);

    void add(StaffMember member);

    /** Everyone, by department and id. */
    List<StaffMember> all();

    /** A department exists for the suite when roster-service has announced a member of it. */
    boolean departmentExists(String department);
}
