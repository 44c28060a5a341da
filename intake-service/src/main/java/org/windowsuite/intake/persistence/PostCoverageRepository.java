package org.windowsuite.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.intake.domain.PostCoverage;

@ApplicationScoped
public class PostCoverageRepository implements PanacheRepositoryBase<PostCoverage, String> {

    /**
     * The post's coverage, share-locked until the caller's transaction ends: a coverage change for the post waits
     * for an act that relies on it, and an act started after the change sees it.
     */
    public PostCoverage lockedForAct(String postId) {
        return findById(postId, jakarta.persistence.LockModeType.PESSIMISTIC_READ);
    }

    /** Posts that handle the item, as roster-service announced them. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> handling(String itemCode) {
        return getEntityManager().createNativeQuery("select post_id from post_coverage "
                + "where service_items @> cast(?1 as jsonb) order by post_id")
                .setParameter(1, "[\"" + itemCode.replace("\"", "") + "\"]").getResultList();
    }
}
