package org.windowsuite.intake.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.windowsuite.intake.domain.Reception;
import org.windowsuite.intake.domain.Receptions;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class ReceptionRepository extends PanacheStore<Reception, UUID> implements Receptions {

    @Override
    public List<Reception> between(Instant from, Instant to, boolean difficultOnly) {
        return difficultOnly
                ? list("at >= ?1 and at < ?2 and difficult = true order by at", from, to)
                : list("at >= ?1 and at < ?2 order by at", from, to);
    }
}
