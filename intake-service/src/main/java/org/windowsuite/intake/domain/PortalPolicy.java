package org.windowsuite.intake.domain;

import org.windowsuite.common.Actor;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.RuleViolationException;

/**
 * What the citizens' portal may do with applications: submit on the ONLINE channel, and read, supplement and
 * withdraw only what it submitted itself, by the reference it was given. Anything else does not exist for it (404,
 * never 403: another applicant's reference must not be confirmed). Staff are not concerned by this policy.
 */
public final class PortalPolicy {

    public static final String ONLINE = "ONLINE";

    private PortalPolicy() {
    }

    public static void requireOnlineChannel(Actor actor, String channel) {
        if (actor.portal() && !ONLINE.equals(channel)) {
            throw new RuleViolationException("PORTAL", "the portal submits on the ONLINE channel, not " + channel);
        }
    }

    /** The application as the actor may see it; for the portal, only its own submissions. */
    public static Application visible(Actor actor, Application app) {
        if (actor.portal() && !(ONLINE.equals(app.channel) && actor.staffId().equals(app.receivedBy))) {
            throw new NotFoundException("no application " + app.id);
        }
        return app;
    }
}
