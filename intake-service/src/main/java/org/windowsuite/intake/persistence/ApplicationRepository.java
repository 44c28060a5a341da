package org.windowsuite.intake.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.windowsuite.intake.domain.Application.State;
import org.windowsuite.intake.domain.Application;
import org.windowsuite.intake.domain.Applications;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class ApplicationRepository extends PanacheStore<Application, UUID> implements Applications {

    static final List<State> OPEN = List.of(State.ACCEPTED, State.PAUSED, State.AWAITING_CONSULTATION);

    /** The post's open cases, soonest due first; unscheduled ones last. */
    @Override
    public List<Application> openOfPost(String postId) {
        return list("postId = ?1 and state in ?2 order by promisedDue asc nulls last, acceptedAt", postId, OPEN);
    }

    /** OTN-3: applications of the post waiting for what their one-time notice listed, newest first. */
    @Override
    public List<Application> awaitingSupplementAt(String postId) {
        return list("postId = ?1 and state = ?2 order by receivedAt desc", postId, State.INCOMPLETE);
    }

    /** The next number of the case-number sequence (case numbers count across items and years). */
    @Override
    public long nextCaseNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('case_number_seq')").getSingleResult())
                .longValue();
    }

    /**
     * Writes one clock's level, and its due time when {@code retimed}, by column and without the case's version,
     * and the case's level as the worse of its two clocks'.
     *
     * @param clock "promised" or "statutory"
     */
    @Override
    public void applyClock(UUID id, String clock, String level, boolean retimed, Instant dueAt, boolean provisional) {
        if (!clock.equals("promised") && !clock.equals("statutory")) {
            throw new IllegalArgumentException("no clock columns for " + clock);
        }
        String other = clock.equals("promised") ? "statutory" : "promised";
        jakarta.persistence.Query update = getEntityManager().createNativeQuery("update application set " + clock
                + "_level = cast(?1 as varchar), "
                + (retimed ? clock + "_due = ?3, " + clock + "_due_provisional = ?4, " : "")
                + "deadline_level = case when cast(?1 as varchar) = 'OVERDUE' or " + other + "_level = 'OVERDUE' "
                + "then 'OVERDUE' when cast(?1 as varchar) = 'WARNING' or " + other + "_level = 'WARNING' "
                + "then 'WARNING' end where id = ?2")
                .setParameter(1, level).setParameter(2, id);
        if (retimed) {
            update.setParameter(3, dueAt).setParameter(4, provisional);
        }
        update.executeUpdate();
    }

    @Override
    public List<Application> closedBefore(Instant cutoff) {
        return list("archivedAt is null and state in ?1 and coalesce(completedAt, receivedAt) < ?2",
                List.of(State.COMPLETED, State.REFUSED, State.REFERRED, State.WITHDRAWN), cutoff);
    }
}
