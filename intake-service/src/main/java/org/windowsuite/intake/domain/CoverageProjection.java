package org.windowsuite.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.windowsuite.common.NotFoundException;

/** The local view of who holds each post; a stale or repeated coverage version changes nothing. */
@ApplicationScoped
public class CoverageProjection {

    private final PostCoverages coverage;
    private final Clock clock;
    private final Routing routing;

    public CoverageProjection(PostCoverages coverage, Clock clock, Routing routing) {
        this.routing = routing;
        this.coverage = coverage;
        this.clock = clock;
    }

    public record Change(String postId, String department, List<String> serviceItems, String state, String holder, String role,
            String actingFor, String cause, Instant since, Instant until, String awayReason, long version) {
    }

    /** Applies a coverage change if it is newer than what is held; returns whether it changed the projection. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(Change change) {
        PostCoverage current = coverage.lockedForChange(change.postId());
        if (current != null && current.version >= change.version()) {
            return false;
        }
        boolean first = current == null;
        if (first) {
            current = new PostCoverage();
            current.postId = change.postId();
        }
        current.department = change.department();
        current.serviceItems = change.serviceItems() == null ? List.of() : change.serviceItems();
        current.state = change.state();
        current.holder = change.holder();
        current.role = change.role();
        current.actingFor = change.actingFor();
        current.cause = change.cause();
        current.since = change.since();
        current.until = change.until();
        current.awayReason = change.awayReason();
        current.version = change.version();
        current.updatedAt = clock.instant();
        if (first) {
            // Hibernate inserts the state an entity has when persisted: persist only once it is complete
            coverage.add(current);
        }
        routing.followCoverage(current);
        return true;
    }

    public PostCoverage of(String postId) {
        PostCoverage c = coverage.byId(postId);
        if (c == null) {
            throw new NotFoundException("no coverage known for post " + postId + " (roster-service has not announced it)");
        }
        return c;
    }

    /** AB-5: the coverage an act relies on, locked for the act's transaction ({@link CaseActPolicy}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public PostCoverage lockedForAct(String postId) {
        return postId == null ? null : coverage.lockedForAct(postId);
    }

    public PostCoverage find(String postId) {
        return coverage.byId(postId);
    }

    public List<PostCoverage> all() {
        return coverage.all();
    }
}
