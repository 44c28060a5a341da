package org.windowsuite.roster.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.windowsuite.roster.domain.Absence;

@ApplicationScoped
public class AbsenceRepository implements PanacheRepositoryBase<Absence, UUID> {

    /** Non-cancelled absences of a staff member that overlap [from, to). */
    public List<Absence> overlapping(String staffId, Instant from, Instant to) {
        return list("staffId = ?1 and cancelled = false and startsAt < ?3 and endsAt > ?2 order by startsAt",
                staffId, from, to);
    }

    public List<Absence> overlappingAny(Instant from, Instant to) {
        return list("cancelled = false and startsAt < ?2 and endsAt > ?1 order by startsAt", from, to);
    }

    public List<Absence> ofStaff(String staffId) {
        return list("staffId = ?1 order by startsAt desc", staffId);
    }
}
