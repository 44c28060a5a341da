package org.windowsuite.roster.domain;

/** Where coverage changes are announced; implemented by the messaging layer through the outbox. */
public interface CoverageEvents {

    void coverageChanged(Post post, CoveragePeriod period);
}
