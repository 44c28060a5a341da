package org.windowsuite.roster.domain;

import org.windowsuite.common.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.windowsuite.outbox.audit.AuditAct;
import org.windowsuite.outbox.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.ConflictException;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.RuleViolationException;
import org.windowsuite.common.calendar.OutsideCalendarException;
import org.windowsuite.common.calendar.CalendarStore;

/**
 * AB-4: an A holder who will be away hands the work over to B by the end of office hours of the previous
 * working day. A missing or late handover is flagged; it never delays coverage, which starts with the absence.
 */
@ApplicationScoped
public class HandoverService {

    private final Clock clock;
    private final ZoneId zone;
    private final OfficeConfig office;
    private final CalendarStore calendar;
    private final RosterDays rosterDays;
    private final Handovers handovers;
    private final Posts posts;
    private final AlarmService alarms;
    private final SupervisorReach reach;
    private final AuditTrail audit;

    public HandoverService(Clock clock, OfficeConfig office, CalendarStore calendar, RosterDays rosterDays,
            Handovers handovers, Posts posts, AlarmService alarms, SupervisorReach reach,
            AuditTrail audit) {
        this.reach = reach;
        this.audit = audit;
        this.clock = clock;
        this.zone = office.zone();
        this.office = office;
        this.calendar = calendar;
        this.rosterDays = rosterDays;
        this.handovers = handovers;
        this.posts = posts;
        this.alarms = alarms;
    }

    /** Records the handovers an absence owes: one per post its person holds as A on the absence's first day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planFor(Absence absence) {
        LocalDate firstDay = absence.startsAt.atZone(zone).toLocalDate();
        Instant due = dueBy(firstDay, absence.startsAt);
        boolean adHoc = !absence.registeredAt.isBefore(due);
        for (RosterDay day : rosterDays.onDay(firstDay)) {
            if (absence.staffId.equals(day.aHolder)) {
                handovers.add(new Handover(absence.id, day.postId(), absence.staffId, day.bHolder, due, adHoc));
            }
        }
    }

    /** End of office hours on the working day before {@code firstDay}; the absence's start when that is earlier. */
    Instant dueBy(LocalDate firstDay, Instant absenceStart) {
        try {
            Instant due = calendar.calendar().previousWorkingDay(firstDay).atTime(office.closes()).atZone(zone)
                    .toInstant();
            return due.isBefore(absenceStart) ? due : absenceStart;
        } catch (OutsideCalendarException unknownPreviousDay) {
            return absenceStart;
        }
    }

    @Transactional
    public List<Handover> handOver(Actor actor, Absence absence, String note, String pendingWork) {
        if (!actor.supervises() && !actor.staffId().equals(absence.staffId)) {
            throw new NotAllowedException("only the absent A holder (or a supervisor) hands over");
        }
        List<Handover> owed = handovers.ofAbsence(absence.id);
        if (!actor.staffId().equals(absence.staffId)) {
            owed.forEach(h -> reach.require(actor, posts.byId(h.key.postId()).department,
                    "the handover of post " + h.key.postId()));
        }
        if (owed.isEmpty()) {
            throw new RuleViolationException("AB-4", absence.staffId + " holds no post as A on the absence's first "
                    + "day: no handover is owed");
        }
        Instant now = clock.instant();
        for (Handover h : owed) {
            if (h.handedOverAt != null) {
                throw new ConflictException("post " + h.key.postId() + " was handed over already at " + h.handedOverAt);
            }
            h.note = note;
            h.pendingWork = pendingWork;
            h.handedOverAt = now;
            if (h.isLate(now) && h.flagged == null) {
                h.flagged = "LATE";
                alarms.raise(AlarmService.LATE_HANDOVER, posts.byId(h.key.postId()), h.aHolder, h.aHolder,
                        h.bHolder, "AB-4: " + h.aHolder + " handed post " + h.key.postId() + " over after " + h.dueBy);
            }
        }
        audit.record(actor, AuditAct.of("HANDED_OVER", absence.id).change(null, java.util.Map.of("posts",
                owed.stream().map(h -> h.key.postId()).toList())));
        return owed;
    }

    @Transactional
    public List<Handover> acknowledge(Actor actor, UUID absenceId) {
        List<Handover> mine = handovers.ofAbsence(absenceId).stream()
                .filter(h -> actor.staffId().equals(h.bHolder)
                        || reach.reaches(actor, posts.byId(h.key.postId()).department)).toList();
        if (mine.isEmpty()) {
            throw new NotAllowedException("only the post's B holder acknowledges a handover");
        }
        Instant now = clock.instant();
        for (Handover h : mine) {
            if (h.handedOverAt == null) {
                throw new ConflictException("nothing has been handed over for post " + h.key.postId() + " yet");
            }
            h.acknowledgedAt = now;
            h.acknowledgedBy = actor.staffId();
        }
        audit.record(actor, AuditAct.of("HANDOVER_ACKNOWLEDGED", absenceId).change(null, java.util.Map.of("posts",
                mine.stream().map(h -> h.key.postId()).toList())));
        return mine;
    }

    public List<Handover> of(UUID absenceId) {
        return handovers.ofAbsence(absenceId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID absenceId) {
        handovers.forgetAbsence(absenceId);
    }

    /** Flags owed handovers whose due time passed without one; replicas skip rows another one holds. */
    @Scheduled(every = "${roster.coverage-tick:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    public void flagMissing() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Handover h : handovers.overdue(clock.instant())) {
                h.flagged = "MISSING";
                alarms.raise(AlarmService.MISSING_HANDOVER, posts.byId(h.key.postId()), h.aHolder, h.aHolder,
                        h.bHolder, "AB-4: " + h.aHolder + " did not hand post " + h.key.postId() + " over by "
                                + h.dueBy + "; " + h.bHolder + " covers regardless");
            }
        });
    }
}
