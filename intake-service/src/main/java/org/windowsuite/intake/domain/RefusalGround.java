package org.windowsuite.intake.domain;

/** A reason an item cannot be granted, with its legal basis (OTN-1, OTN-3). */
public record RefusalGround(String code, String ground, String basis) {
}
