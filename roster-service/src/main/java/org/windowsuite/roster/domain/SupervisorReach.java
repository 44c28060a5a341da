package org.windowsuite.roster.domain;

import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.common.Actor;
import org.windowsuite.common.NotAllowedException;

/**
 * How far a supervisor's powers reach: their own department (as the staff directory records it), an admin's every
 * department. One rule for absences, handovers, rosters and stand-ins.
 */
@ApplicationScoped
public class SupervisorReach {

    private final StaffMembers staff;

    public SupervisorReach(StaffMembers staff) {
        this.staff = staff;
    }

    public boolean reaches(Actor actor, String department) {
        if (actor.admin()) {
            return true;
        }
        if (!actor.supervises()) {
            return false;
        }
        Staff me = staff.byId(actor.staffId());
        return me != null && me.active && me.department.equals(department);
    }

    /** @param what the act, for the refusal's message */
    public void require(Actor actor, String department, String what) {
        if (!reaches(actor, department)) {
            throw new NotAllowedException(actor.supervises()
                    ? "a supervisor acts within their own department; " + what + " is in " + department
                    : "only a supervisor of " + department + " may " + what);
        }
    }
}
