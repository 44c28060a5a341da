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

    @Override
    public PostCoverage lockedForChange(String postId) {
        return findById(postId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> handling(String itemCode) {
        return getEntityManager().createNativeQuery("select post_id from post_coverage "
                + "where service_items @> cast(?1 as jsonb) order by post_id")
                .setParameter(1, "[\"" + itemCode.replace("\"", "") + "\"]").getResultList();
    }
}
