package org.windowsuite.complaint.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.windowsuite.complaint.domain.CoverHolder;
import org.windowsuite.complaint.domain.CoverHolders;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class CoverHolderRepository extends PanacheStore<CoverHolder, String> implements CoverHolders {

    @Override
    public Optional<CoverHolder> coveringFor(String staffId) {
        return find("actingFor = ?1 and holder is not null and holder <> ?1 order by postId", staffId)
                .firstResultOptional();
    }
}
