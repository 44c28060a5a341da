package org.windowsuite.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The caller as the domain sees them: the token's upn is the staff id. */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;

    public CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor get() {
        boolean staff = identity.hasRole(Roles.CLERK) || identity.hasRole(Roles.SUPERVISOR)
                || identity.hasRole(Roles.COMPLAINT_OFFICER) || identity.hasRole(Roles.ADMIN);
        return new Actor(identity.getPrincipal().getName(),
                identity.hasRole(Roles.SUPERVISOR) || identity.hasRole(Roles.ADMIN),
                identity.hasRole(Roles.PORTAL) && !staff);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
