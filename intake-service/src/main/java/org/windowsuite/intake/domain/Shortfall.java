package org.windowsuite.intake.domain;

/** A material the applicant still has to bring, and why (missing, or what is wrong with it). */
public record Shortfall(String code, String name, String reason) {
}
