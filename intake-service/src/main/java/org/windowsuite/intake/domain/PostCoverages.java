package org.windowsuite.intake.domain;

import java.util.List;

/** Who holds each post, as roster-service announced it; persistence implements it. */
public interface PostCoverages {

    /** The post's coverage, or null for a post roster has not announced. */
    PostCoverage byId(String postId);

    void add(PostCoverage coverage);

    /** Every post, by id. */
    List<PostCoverage> all();

    /** The post's coverage locked until the transaction ends, so an act and a coverage change never interleave. */
    PostCoverage lockedForAct(String postId);

    /** Posts that handle the item, as roster-service announced them. */
    List<String> handling(String itemCode);
}
