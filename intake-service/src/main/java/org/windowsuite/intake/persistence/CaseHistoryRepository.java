package org.windowsuite.intake.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.windowsuite.intake.domain.CaseHistories;
import org.windowsuite.intake.domain.CaseHistory;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class CaseHistoryRepository extends PanacheStore<CaseHistory, Long> implements CaseHistories {

    @Override
    public List<CaseHistory> of(UUID applicationId) {
        return list("applicationId = ?1 order by at, id", applicationId);
    }
}
