package org.windowsuite.common;

/** Role names carried in the token's groups claim. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String SUPERVISOR = "supervisor";
    public static final String CLERK = "clerk";
    public static final String COMPLAINT_OFFICER = "complaint-officer";
    public static final String PORTAL = "portal";

    private Roles() {
    }
}
