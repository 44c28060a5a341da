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

    /**
     * AB-2: the post's coverage locked for a change, so the change waits for every act and every acceptance relying
     * on the coverage it replaces, and then sees the cases they made; null for a post not announced yet.
     */
    PostCoverage lockedForChange(String postId);

    /** Posts that handle the item, as roster-service announced them. */
    List<String> handling(String itemCode);
}
