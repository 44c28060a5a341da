package org.windowsuite.roster.domain;

import java.time.Instant;
import java.util.List;

/** AB-3: the stand-ins supervisors named for empty posts; persistence implements it. */
public interface StandIns {

    void add(StandIn standIn);

    /** The post's stand-ins that overlap [from, to), by start. */
    List<StandIn> ofPostAround(String postId, Instant from, Instant to);
}
