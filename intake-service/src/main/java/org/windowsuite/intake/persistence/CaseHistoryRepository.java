package org.windowsuite.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.windowsuite.intake.domain.CaseHistories;
import org.windowsuite.intake.domain.CaseHistory;

@ApplicationScoped
public class CaseHistoryRepository implements PanacheRepository<CaseHistory>, CaseHistories {

    @Override
    public void add(CaseHistory entry) {
        persist(entry);
    }

    @Override
    public List<CaseHistory> of(UUID applicationId) {
        return list("applicationId = ?1 order by at, id", applicationId);
    }
}
