package org.windowsuite.roster.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.windowsuite.outbox.persistence.PanacheStore;
import org.windowsuite.roster.domain.StandIn;
import org.windowsuite.roster.domain.StandIns;

@ApplicationScoped
public class StandInRepository extends PanacheStore<StandIn, UUID> implements StandIns {

    @Override
    public List<StandIn> ofPostAround(String postId, Instant from, Instant to) {
        return list("postId = ?1 and startsAt < ?3 and endsAt > ?2 order by startsAt", postId, from, to);
    }
}
