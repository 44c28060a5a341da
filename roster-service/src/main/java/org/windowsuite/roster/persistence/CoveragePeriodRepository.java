package org.windowsuite.roster.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.windowsuite.outbox.persistence.PanacheStore;
import org.windowsuite.roster.domain.CoveragePeriod;
import org.windowsuite.roster.domain.CoveragePeriods;

@ApplicationScoped
public class CoveragePeriodRepository extends PanacheStore<CoveragePeriod, Long> implements CoveragePeriods {

    @Override
    public Optional<CoveragePeriod> current(String postId) {
        return find("postId = ?1 and endedAt is null", postId).firstResultOptional();
    }

    @Override
    public Optional<CoveragePeriod> at(String postId, Instant t) {
        return find("postId = ?1 and since <= ?2 and (endedAt is null or endedAt > ?2) order by since desc",
                postId, t).firstResultOptional();
    }

    @Override
    public List<CoveragePeriod> history(String postId, Instant from, Instant to) {
        return list("postId = ?1 and since < ?3 and (endedAt is null or endedAt > ?2) order by since",
                postId, from, to);
    }

}
