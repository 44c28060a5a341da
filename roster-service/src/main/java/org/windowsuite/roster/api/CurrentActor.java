package org.windowsuite.roster.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.windowsuite.roster.domain.Actor;

/** The caller as the domain sees them: upn is the staff id. */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;

    public CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor get() {
        return new Actor(identity.getPrincipal().getName(),
                identity.hasRole(Roles.SUPERVISOR) || identity.hasRole(Roles.ADMIN));
    }
}
