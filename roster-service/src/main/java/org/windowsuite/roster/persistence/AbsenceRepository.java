package org.windowsuite.roster.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.windowsuite.outbox.persistence.PanacheStore;
import org.windowsuite.roster.domain.Absence;
import org.windowsuite.roster.domain.Absences;

@ApplicationScoped
public class AbsenceRepository extends PanacheStore<Absence, UUID> implements Absences {

    @Override
    public List<Absence> overlapping(String staffId, Instant from, Instant to) {
        return list("staffId = ?1 and cancelled = false and startsAt < ?3 and endsAt > ?2 order by startsAt",
                staffId, from, to);
    }

    @Override
    public List<Absence> overlappingAny(Instant from, Instant to) {
        return list("cancelled = false and startsAt < ?2 and endsAt > ?1 order by startsAt", from, to);
    }

    @Override
    public List<Absence> ofStaff(String staffId) {
        return list("staffId = ?1 order by startsAt desc", staffId);
    }
}
