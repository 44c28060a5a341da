package org.windowsuite.complaint.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.windowsuite.complaint.domain.Violation;
import org.windowsuite.complaint.domain.Violations;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class ViolationRepository extends PanacheStore<Violation, UUID> implements Violations {

    @Override
    public List<Violation> inState(Violation.State state) {
        return list("state = ?1 order by occurredAt desc", state);
    }

    @Override
    public List<Violation> ofStaff(String staffId, Instant from, Instant to) {
        return list("staffId = ?1 and occurredAt >= ?2 and occurredAt < ?3 order by occurredAt", staffId, from, to);
    }

    @Override
    public List<Violation> between(Instant from, Instant to) {
        return list("occurredAt >= ?1 and occurredAt < ?2 order by occurredAt", from, to);
    }

    @Override
    public List<Violation> pendingAppeals() {
        return list("appealReason is not null and appealOutcome is null order by occurredAt");
    }
}
