package org.windowsuite.intake.domain;

/** The clerk's check of one material handed in (WP-4): PRESENT, DEFECTIVE (with the reason) or MISSING. */
public record SubmittedMaterial(String code, Status status, String reason) {

    public enum Status { PRESENT, DEFECTIVE, MISSING }
}
