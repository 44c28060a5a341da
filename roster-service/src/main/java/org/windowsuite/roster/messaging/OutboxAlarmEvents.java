package org.windowsuite.roster.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.contracts.PostAlarm;
import org.windowsuite.contracts.Topics;
import org.windowsuite.outbox.Outbox;
import org.windowsuite.roster.domain.AlarmEvents;
import org.windowsuite.roster.domain.Post;
import org.windowsuite.roster.domain.RosterAlarm;

/** Maps alarms to the {@code roster.alarms.v1} contract via the outbox; each alarm is its own aggregate. */
@ApplicationScoped
public class OutboxAlarmEvents implements AlarmEvents {

    private final Outbox outbox;
    private final OfficeConfig office;

    public OutboxAlarmEvents(Outbox outbox, OfficeConfig office) {
        this.outbox = outbox;
        this.office = office;
    }

    @Override
    public void raised(RosterAlarm alarm, Post post, String aHolder, String bHolder) {
        OffsetDateTime at = alarm.raisedAt.atZone(office.zone()).toOffsetDateTime();
        // keyed by the post so a post's alarms stay in order; the alarm id makes each event its own
        outbox.publish(Topics.ROSTER_ALARMS, new PostAlarm(alarm.id, PostAlarm.TYPE, 1, at, post.id, alarm.kind,
                post.id, post.department, alarm.staffId, aHolder, bHolder, alarm.detail));
    }
}
