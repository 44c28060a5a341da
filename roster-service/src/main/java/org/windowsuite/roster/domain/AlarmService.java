package org.windowsuite.roster.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Raises and resolves the alarms supervisors must act on; an empty post is never silent (AB-3). */
@ApplicationScoped
public class AlarmService {

    public static final String EMPTY_POST = "EMPTY_POST";
    public static final String MISSING_HANDOVER = "MISSING_HANDOVER";
    public static final String LATE_HANDOVER = "LATE_HANDOVER";

    private final RosterAlarms alarms;
    private final AlarmEvents events;
    private final Clock clock;

    public AlarmService(RosterAlarms alarms, AlarmEvents events, Clock clock) {
        this.alarms = alarms;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RosterAlarm raise(String kind, Post post, String staffId, String aHolder, String bHolder, String detail) {
        RosterAlarm alarm = new RosterAlarm(kind, post.id, staffId, detail, clock.instant());
        alarms.add(alarm);
        events.raised(alarm, post, aHolder, bHolder);
        return alarm;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resolve(String postId, String kind) {
        alarms.open(postId, kind).forEach(a -> a.resolvedAt = clock.instant());
    }

    public List<RosterAlarm> list(boolean openOnly) {
        return alarms.recent(openOnly);
    }
}
