package org.windowsuite.complaint.domain;

import java.util.Optional;

/** AB-5: who holds each post now, as roster-service announced it; persistence implements it. */
public interface CoverHolders {

    /** The post's holder, or null when the post was never announced. */
    CoverHolder byId(String postId);

    void add(CoverHolder holder);

    /** The first post (by id) someone else holds in {@code staffId}'s place. */
    Optional<CoverHolder> coveringFor(String staffId);
}
