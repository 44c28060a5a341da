package org.windowsuite.roster.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.windowsuite.roster.domain.StandIn;
import org.windowsuite.roster.domain.StandIns;

@ApplicationScoped
public class StandInRepository implements PanacheRepositoryBase<StandIn, UUID>, StandIns {

    @Override
    public void add(StandIn standIn) {
        persist(standIn);
    }

    @Override
    public List<StandIn> ofPostAround(String postId, Instant from, Instant to) {
        return list("postId = ?1 and startsAt < ?3 and endsAt > ?2 order by startsAt", postId, from, to);
    }
}
