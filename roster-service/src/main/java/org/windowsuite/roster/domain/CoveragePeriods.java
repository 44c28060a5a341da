package org.windowsuite.roster.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** AB-5: who held each post when, as recorded; persistence implements it. */
public interface CoveragePeriods {

    /** The post's open period. */
    Optional<CoveragePeriod> current(String postId);

    /** The period that was in force at t: who held the post then, for whom (AB-5 attribution). */
    Optional<CoveragePeriod> at(String postId, Instant t);

    /** The post's periods that overlap [from, to), in order. */
    List<CoveragePeriod> history(String postId, Instant from, Instant to);

    void add(CoveragePeriod period);
}
