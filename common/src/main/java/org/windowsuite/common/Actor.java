package org.windowsuite.common;

/**
 * Who is acting: the token's staff id (for the portal, its client id), whether a supervisor's or admin's powers
 * apply, and whether this is the citizens' portal rather than a member of staff.
 */
public record Actor(String staffId, boolean supervises, boolean portal) {

    public Actor(String staffId, boolean supervises) {
        this(staffId, supervises, false);
    }
}
