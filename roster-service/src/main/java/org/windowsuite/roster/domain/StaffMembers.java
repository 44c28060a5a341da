package org.windowsuite.roster.domain;

import java.util.List;

/** The staff directory roster keeps and publishes, as the domain asks for it; persistence implements it. */
public interface StaffMembers {

    /** The member, or null. */
    Staff byId(String id);

    void add(Staff member);

    /** Everyone, by department and id. */
    List<Staff> all();

    /** The active members, by department and id. */
    List<Staff> active();
}
