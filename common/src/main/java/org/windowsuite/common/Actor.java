package org.windowsuite.common;

import java.util.Set;

/**
 * Who is acting: the token's staff id (for the portal, its client id) and the roles the token grants. Which of them a
 * given act may use is the domain's policies' question; {@link #role()} names the strongest, for the audit trail.
 */
public record Actor(String staffId, Set<String> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }

    /** A supervisor's (or admin's) powers apply; a supervisor's reach is their own department, an admin's all. */
    public boolean supervises() {
        return admin() || roles.contains(Roles.SUPERVISOR);
    }

    public boolean officer() {
        return roles.contains(Roles.COMPLAINT_OFFICER);
    }

    public boolean clerk() {
        return roles.contains(Roles.CLERK);
    }

    /** The citizens' portal rather than a member of staff. */
    public boolean portal() {
        return roles.contains(Roles.PORTAL) && !admin() && !supervises() && !officer() && !clerk();
    }

    /** The strongest role the token grants. */
    public String role() {
        for (String r : new String[] {Roles.ADMIN, Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER, Roles.CLERK}) {
            if (roles.contains(r)) {
                return r;
            }
        }
        return portal() ? Roles.PORTAL : "none";
    }
}
