package org.windowsuite.roster.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.contracts.PostAlarm;
import org.windowsuite.contracts.StaffChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.outbox.Envelope;
import org.windowsuite.outbox.Envelopes;
import org.windowsuite.outbox.Outbox;
import org.windowsuite.roster.domain.AlarmEvents;
import org.windowsuite.roster.domain.Absences;
import org.windowsuite.roster.domain.CoverageEvents;
import org.windowsuite.roster.domain.CoveragePeriod;
import org.windowsuite.roster.domain.Post;
import org.windowsuite.roster.domain.RosterAlarm;
import org.windowsuite.roster.domain.Staff;
import org.windowsuite.roster.domain.StaffEvents;

/** Maps what roster-service announces to its contracts via the outbox, in the transaction of the change. */
@ApplicationScoped
public class OutboxRosterEvents implements StaffEvents, CoverageEvents, AlarmEvents {

    private final Outbox outbox;
    private final Envelopes envelopes;
    private final Absences absences;

    public OutboxRosterEvents(Outbox outbox, Envelopes envelopes, Absences absences) {
        this.outbox = outbox;
        this.envelopes = envelopes;
        this.absences = absences;
    }

    /** {@code roster.staff.v1}, keyed by the staff id. */
    @Override
    public void staffChanged(Staff s) {
        Envelope e = envelopes.of(StaffChanged.TYPE, s.id, s.eventVersion());
        outbox.publish(Topics.ROSTER_STAFF, new StaffChanged(e.eventId(), e.type(), e.version(), e.occurredAt(),
                e.aggregateId(), s.id, s.name, s.department, s.rank, s.active));
    }

    /** {@code roster.coverage.v1}, keyed by the post. */
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

    /**
     * {@code roster.alarms.v1}. An alarm is a one-off event (version 1); keyed by the post so a post's alarms stay in
     * order.
     */
    @Override
    public void raised(RosterAlarm alarm, Post post, String aHolder, String bHolder) {
        Envelope e = envelopes.at(PostAlarm.TYPE, post.id, 1, alarm.raisedAt);
        outbox.publish(Topics.ROSTER_ALARMS, new PostAlarm(e.eventId(), e.type(), e.version(), e.occurredAt(),
                e.aggregateId(), alarm.kind, post.id, post.department, alarm.staffId, aHolder, bHolder, alarm.detail));
    }
}
