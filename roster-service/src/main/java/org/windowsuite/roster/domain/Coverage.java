package org.windowsuite.roster.domain;

import java.time.Instant;
import java.util.Objects;

/** Who holds a post at an instant, with whose authority (AB-5), and until when this is planned to hold. */
public record Coverage(CoverageState state, String holder, CoverageRole role, String actingFor, Instant until) {

    /** Same holder with the same authority: a change of {@code until} alone is not a new coverage period. */
    public boolean sameHolding(Coverage other) {
        return other != null && state == other.state && role == other.role && Objects.equals(holder, other.holder)
                && Objects.equals(actingFor, other.actingFor);
    }
}
