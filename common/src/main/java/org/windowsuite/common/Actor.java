package org.windowsuite.common;

/** Who is acting: the token's staff id and whether a supervisor's or admin's powers apply. */
public record Actor(String staffId, boolean supervises) {
}
