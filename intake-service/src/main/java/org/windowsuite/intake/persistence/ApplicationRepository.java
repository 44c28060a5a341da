package org.windowsuite.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.windowsuite.intake.domain.Application;
import org.windowsuite.intake.domain.Application.State;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    static final List<State> OPEN = List.of(State.ACCEPTED, State.PAUSED, State.AWAITING_CONSULTATION);

    /** The post's open cases, soonest due first; unscheduled ones last. */
    public List<Application> openOfPost(String postId) {
        return list("postId = ?1 and state in ?2 order by promisedDue asc nulls last, acceptedAt", postId, OPEN);
    }

    /** OTN-3: applications of the post waiting for what their one-time notice listed, newest first. */
    public List<Application> awaitingSupplementAt(String postId) {
        return list("postId = ?1 and state = ?2 order by receivedAt desc", postId, State.INCOMPLETE);
    }

    public List<Application> closedBefore(Instant cutoff) {
        return list("archivedAt is null and state in ?1 and coalesce(completedAt, receivedAt) < ?2",
                List.of(State.COMPLETED, State.REFUSED, State.REFERRED, State.WITHDRAWN), cutoff);
    }
}
