package org.windowsuite.roster.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.outbox.Envelope;
import org.windowsuite.outbox.Envelopes;
import org.windowsuite.outbox.Outbox;
import org.windowsuite.roster.domain.Absences;
import org.windowsuite.roster.domain.CoverageEvents;
import org.windowsuite.roster.domain.CoveragePeriod;
import org.windowsuite.roster.domain.Post;

/** Maps coverage changes to the {@code roster.coverage.v1} contract via the outbox, keyed by the post. */
@ApplicationScoped
public class OutboxCoverageEvents implements CoverageEvents {

    private final Outbox outbox;
    private final Envelopes envelopes;
    private final Absences absences;

    public OutboxCoverageEvents(Outbox outbox, Envelopes envelopes, Absences absences) {
        this.outbox = outbox;
        this.envelopes = envelopes;
        this.absences = absences;
    }

    @Override
    public void coverageChanged(Post post, CoveragePeriod p, String cause) {
        Envelope e = envelopes.of(CoverageChanged.TYPE, post.id, p.version);
        outbox.publish(Topics.ROSTER_COVERAGE, new CoverageChanged(e.eventId(), e.type(), e.version(), e.occurredAt(),
                e.aggregateId(), post.id, post.department, List.copyOf(post.serviceItems), p.state.name(), p.holder,
                p.role.name(), p.actingFor, cause, envelopes.local(p.since), envelopes.local(p.until), awayReason(p)));
    }

    /** SC-2.6: the reason category of the absent A holder's absence, for the whereabouts boards. */
    private String awayReason(CoveragePeriod p) {
        if (p.actingFor == null || p.since == null) {
            return null;
        }
        return absences.overlapping(p.actingFor, p.since, p.since.plusMillis(1)).stream().findFirst()
                .map(a -> a.reason.name()).orElse(null);
    }
}
