package org.windowsuite.roster.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.contracts.PostAlarm;
import org.windowsuite.contracts.Topics;
import org.windowsuite.outbox.Envelope;
import org.windowsuite.outbox.Envelopes;
import org.windowsuite.outbox.Outbox;
import org.windowsuite.roster.domain.AlarmEvents;
import org.windowsuite.roster.domain.Post;
import org.windowsuite.roster.domain.RosterAlarm;

/**
 * Maps alarms to the {@code roster.alarms.v1} contract via the outbox. An alarm is a one-off event (version 1);
 * keyed by the post so a post's alarms stay in order.
 */
@ApplicationScoped
public class OutboxAlarmEvents implements AlarmEvents {

    private final Outbox outbox;
    private final Envelopes envelopes;

    public OutboxAlarmEvents(Outbox outbox, Envelopes envelopes) {
        this.outbox = outbox;
        this.envelopes = envelopes;
    }

    @Override
    public void raised(RosterAlarm alarm, Post post, String aHolder, String bHolder) {
        Envelope e = envelopes.at(PostAlarm.TYPE, post.id, 1, alarm.raisedAt);
        outbox.publish(Topics.ROSTER_ALARMS, new PostAlarm(e.eventId(), e.type(), e.version(), e.occurredAt(),
                e.aggregateId(), alarm.kind, post.id, post.department, alarm.staffId, aHolder, bHolder, alarm.detail));
    }
}
