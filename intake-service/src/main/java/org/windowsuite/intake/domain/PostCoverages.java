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
     * AB-2: the post's coverage as an acceptance routes by it, held until the transaction ends, so that a change of
     * the post's coverage waits for the acceptance and then sees its case; null for a post not announced yet. Many
     * acceptances hold it at once and none of them writes anything for it.
     */
    PostCoverage heldForAcceptance(String postId);

    /**
     * AB-2: the post's coverage locked for a change, once every act ({@link #lockedForAct}) and every acceptance
     * ({@link #heldForAcceptance}) relying on what it replaces has ended, so the change sees the cases they made;
     * null for a post not announced yet.
     */
    PostCoverage lockedForChange(String postId);

    /** Posts that handle the item, as roster-service announced them. */
    List<String> handling(String itemCode);
}
