package org.windowsuite.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.windowsuite.intake.domain.Reception;
import org.windowsuite.intake.domain.Receptions;

@ApplicationScoped
public class ReceptionRepository implements PanacheRepositoryBase<Reception, UUID>, Receptions {

    @Override
    public void add(Reception reception) {
        persist(reception);
    }

    @Override
    public List<Reception> between(Instant from, Instant to, boolean difficultOnly) {
        return difficultOnly
                ? list("at >= ?1 and at < ?2 and difficult = true order by at", from, to)
                : list("at >= ?1 and at < ?2 order by at", from, to);
    }
}
