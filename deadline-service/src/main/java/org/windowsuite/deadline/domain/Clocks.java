package org.windowsuite.deadline.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The clocks, as the domain asks for them; persistence implements it (the domain owns its port). */
public interface Clocks {

    DeadlineClock byId(UUID id);

    void add(DeadlineClock clock);

    List<DeadlineClock> ofSubject(String subjectType, String subjectId);

    Optional<DeadlineClock> of(String subjectType, String subjectId, String kind);

    /** Clocks whose next check is due, claimed so that no other replica handles them at the same time. */
    List<DeadlineClock> dueForCheck(Instant now, int limit);

    List<DeadlineClock> byLevel(DeadlineClock.Level level, String department, int offset, int limit);

    /** Running or paused clocks whose due time is still an estimate over an unpublished year, earliest first. */
    List<DeadlineClock> provisional(String department, int offset, int limit);

    /**
     * The same, a page at a time for the yearly routine: at most {@code limit} clocks in id order after {@code after}
     * (null: from the first), so an office's whole year of clocks never sits in one transaction.
     */
    List<DeadlineClock> provisional(UUID after, int limit);

    /** Running or paused clocks whose due day a change of {@code year}'s schedule may move, a page at a time. */
    List<DeadlineClock> affectedBy(int year, UUID after, int limit);
}
