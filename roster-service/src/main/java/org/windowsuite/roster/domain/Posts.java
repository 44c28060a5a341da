package org.windowsuite.roster.domain;

import java.util.List;

/** The windows' posts; persistence implements it. */
public interface Posts {

    /** The post, or null. */
    Post byId(String id);

    /** The post, or null, locked for writing until the transaction ends: one coverage change per post at a time. */
    Post lockedById(String id);

    void add(Post post);

    /** Every post, by id. */
    List<Post> all();

    /** Every post's id, without loading the posts. */
    List<String> allIds();
}
