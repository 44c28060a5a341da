package org.windowsuite.intake.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.windowsuite.intake.domain.PostCoverage;
import org.windowsuite.intake.domain.PostCoverages;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class PostCoverageRepository extends PanacheStore<PostCoverage, String> implements PostCoverages {

    /** The advisory-lock space of acceptances per post (the two-key form; the outbox relay uses the one-key form). */
    private static final int ACCEPTANCE_LOCKS = 0x0c0fe7a6;

    @Override
    public List<PostCoverage> all() {
        return listAll(Sort.by("postId"));
    }

    /**
     * The post's coverage, share-locked until the caller's transaction ends: a coverage change for the post waits
     * for an act that relies on it, and an act started after the change sees it.
     */
    @Override
    public PostCoverage lockedForAct(String postId) {
        return findById(postId, LockModeType.PESSIMISTIC_READ);
    }

    /**
     * A shared advisory lock on the post, not a row lock: an acceptance a second on one post would otherwise make
     * PostgreSQL write the coverage row's lock (a multixact) for every application.
     */
    @Override
    public PostCoverage heldForAcceptance(String postId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock_shared(?1, hashtext(?2))")
                .setParameter(1, ACCEPTANCE_LOCKS).setParameter(2, postId).getSingleResult();
        return findById(postId);
    }

    /** The row first, then the acceptances' lock: an act holds the row before it may route, so none waits in a ring. */
    @Override
    public PostCoverage lockedForChange(String postId) {
        PostCoverage locked = findById(postId, LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, ACCEPTANCE_LOCKS).setParameter(2, postId).getSingleResult();
        return locked;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> handling(String itemCode) {
        return getEntityManager().createNativeQuery("select post_id from post_coverage "
                + "where service_items @> cast(?1 as jsonb) order by post_id")
                .setParameter(1, "[\"" + itemCode.replace("\"", "") + "\"]").getResultList();
    }
}
