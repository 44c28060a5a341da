package org.windowsuite.roster.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.windowsuite.outbox.persistence.PanacheStore;
import org.windowsuite.roster.domain.Handover;
import org.windowsuite.roster.domain.Handovers;

@ApplicationScoped
public class HandoverRepository extends PanacheStore<Handover, Handover.Key> implements Handovers {

    /** Lock timeout value Hibernate renders as {@code FOR UPDATE SKIP LOCKED}. */
    private static final int SKIP_LOCKED = -2;

    @Override
    public List<Handover> ofAbsence(UUID absenceId) {
        return list("key.absenceId = ?1 order by key.postId", absenceId);
    }

    /** Owed handovers whose due time has passed without one: AB-4 says flag them. */
    @Override
    public List<Handover> overdue(Instant now) {
        return find("handedOverAt is null and flagged is null and adHoc = false and dueBy <= ?1", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .list();
    }

    @Override
    public void forgetAbsence(UUID absenceId) {
        delete("key.absenceId", absenceId);
    }
}
