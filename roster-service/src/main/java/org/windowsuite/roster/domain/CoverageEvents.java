package org.windowsuite.roster.domain;

/** Where coverage changes are announced; implemented by the messaging layer through the outbox. */
public interface CoverageEvents {

    /** A new period, or a new planned end of the current one ({@code cause} PLAN_CHANGED). */
    void coverageChanged(Post post, CoveragePeriod period, String cause);
}
