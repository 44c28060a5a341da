package org.windowsuite.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The caller as the domain sees them: the token's upn is the staff id, its groups the roles. */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;

    public CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor get() {
        return new Actor(identity.getPrincipal().getName(), identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
