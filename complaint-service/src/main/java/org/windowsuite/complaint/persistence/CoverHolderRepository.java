package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.windowsuite.complaint.domain.CoverHolder;
import org.windowsuite.complaint.domain.CoverHolders;

@ApplicationScoped
public class CoverHolderRepository implements PanacheRepositoryBase<CoverHolder, String>, CoverHolders {

    @Override
    public CoverHolder byPost(String postId) {
        return findById(postId);
    }

    @Override
    public void add(CoverHolder holder) {
        persist(holder);
    }

    @Override
    public Optional<CoverHolder> coveringFor(String staffId) {
        return find("actingFor = ?1 and holder is not null and holder <> ?1 order by postId", staffId)
                .firstResultOptional();
    }
}
