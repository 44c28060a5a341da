package org.windowsuite.roster.api;

/** Role names carried in the token's groups claim. */
final class Roles {
    static final String ADMIN = "admin";
    static final String SUPERVISOR = "supervisor";
    static final String CLERK = "clerk";
    static final String COMPLAINT_OFFICER = "complaint-officer";
    static final String PORTAL = "portal";

    private Roles() {
    }
}
