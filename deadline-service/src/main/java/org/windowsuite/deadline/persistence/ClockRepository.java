package org.windowsuite.deadline.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.windowsuite.deadline.domain.Clocks;
import org.windowsuite.deadline.domain.DeadlineClock;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class ClockRepository extends PanacheStore<DeadlineClock, UUID> implements Clocks {

    /** Lock timeout value Hibernate renders as {@code FOR UPDATE SKIP LOCKED}. */
    private static final int SKIP_LOCKED = -2;

    @Override
    public List<DeadlineClock> ofSubject(String subjectType, String subjectId) {
        return list("subjectType = ?1 and subjectId = ?2 order by kind", subjectType, subjectId);
    }

    @Override
    public Optional<DeadlineClock> of(String subjectType, String subjectId, String kind) {
        return find("subjectType = ?1 and subjectId = ?2 and kind = ?3", subjectType, subjectId, kind)
                .firstResultOptional();
    }

    /** Clocks whose next check is due, claimed so that no other replica handles them at the same time. */
    @Override
    public List<DeadlineClock> dueForCheck(Instant now, int limit) {
        return find("nextCheckAt <= ?1 order by nextCheckAt", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(0, limit).list();
    }

    @Override
    public List<DeadlineClock> byLevel(DeadlineClock.Level level, String department, int offset, int limit) {
        return (department == null
                ? find("level = ?1 and state <> ?2 order by dueAt, id", level, DeadlineClock.State.STOPPED)
                : find("level = ?1 and state <> ?2 and department = ?3 order by dueAt, id", level,
                        DeadlineClock.State.STOPPED, department)).range(offset, offset + limit - 1).list();
    }

    /** Running or paused clocks whose due time is still an estimate over an unpublished year, earliest first. */
    @Override
    public List<DeadlineClock> provisional(String department, int offset, int limit) {
        return (department == null
                ? find("dueProvisional = true and state <> ?1 order by dueAt, id", DeadlineClock.State.STOPPED)
                : find("dueProvisional = true and state <> ?1 and department = ?2 order by dueAt, id",
                        DeadlineClock.State.STOPPED, department)).range(offset, offset + limit - 1).list();
    }

    @Override
    public List<DeadlineClock> provisional(UUID after, int limit) {
        return after == null
                ? find("dueProvisional = true and state <> ?1 order by id", DeadlineClock.State.STOPPED)
                        .page(0, limit).list()
                : find("dueProvisional = true and state <> ?1 and id > ?2 order by id", DeadlineClock.State.STOPPED,
                        after).page(0, limit).list();
    }

    /** Running or paused clocks whose due day a change of {@code year}'s schedule may move. */
    @Override
    public List<DeadlineClock> affectedBy(int year, UUID after, int limit) {
        String affected = "state <> ?1 and dueDay >= ?2 and startDay <= ?3";
        LocalDate from = LocalDate.of(year - 1, 12, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return after == null
                ? find(affected + " order by id", DeadlineClock.State.STOPPED, from, to).page(0, limit).list()
                : find(affected + " and id > ?4 order by id", DeadlineClock.State.STOPPED, from, to, after)
                        .page(0, limit).list();
    }
}
