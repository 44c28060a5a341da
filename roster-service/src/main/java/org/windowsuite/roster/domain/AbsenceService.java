package org.windowsuite.roster.domain;

import org.windowsuite.common.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.windowsuite.outbox.audit.AuditAct;
import org.windowsuite.outbox.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.ConflictException;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.RuleViolationException;

/**
 * Absences and whereabouts (WP-5, SC-2.6). Coverage follows an absence from its first minute (AB-4: B takes the
 * post whether or not A handed over).
 */
@ApplicationScoped
public class AbsenceService {

    private final Clock clock;
    private final Absences absences;
    private final StaffMembers staff;
    private final CoverageService coverage;
    private final RosterDays rosterDays;
    private final HandoverService handovers;
    private final SupervisorReach reach;
    private final AuditTrail audit;
    private final UnitOfWork work;

    public AbsenceService(Clock clock, Absences absences, StaffMembers staff, CoverageService coverage,
            RosterDays rosterDays, HandoverService handovers, SupervisorReach reach, AuditTrail audit, UnitOfWork work) {
        this.work = work;
        this.reach = reach;
        this.audit = audit;
        this.handovers = handovers;
        this.rosterDays = rosterDays;
        this.clock = clock;
        this.absences = absences;
        this.staff = staff;
        this.coverage = coverage;
    }

    /**
     * A clerk registers their own absence; a supervisor anyone's in their department, an admin anyone's. Overlaps are
     * rejected, not merged.
     */
    @Transactional
    public Absence register(Actor actor, String staffId, Instant from, Instant to, AbsenceReason reason, String note) {
        Staff member = staff.byId(staffId);
        if (!actor.staffId().equals(staffId)) {
            if (!actor.supervises()) {
                throw new NotAllowedException("a clerk registers only their own absence");
            }
            if (member != null) {
                reach.require(actor, member.department, "an absence of " + staffId);
            }
        }
        if (member == null) {
            throw new NotFoundException("no staff member " + staffId);
        }
        if (!to.isAfter(from)) {
            throw new RuleViolationException("ABSENCE-RANGE", "the absence must end after it starts");
        }
        // an absence is a working-time matter: it lies where the working-day calendar does, and lasts a year at most
        java.time.LocalDate firstDay = from.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        java.time.LocalDate lastDay = to.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        if (!org.windowsuite.common.calendar.WorkingCalendar.covers(firstDay)
                || !org.windowsuite.common.calendar.WorkingCalendar.covers(lastDay)) {
            throw new org.windowsuite.common.calendar.OutsideCalendarException("an absence from " + firstDay + " to "
                    + lastDay);
        }
        if (java.time.Duration.between(from, to).toDays() > 366) {
            throw new RuleViolationException("ABSENCE-RANGE", "an absence lasts a year at most; register a longer one "
                    + "in parts");
        }
        List<Absence> overlapping = absences.overlapping(staffId, from, to);
        if (!overlapping.isEmpty()) {
            Absence other = overlapping.get(0);
            throw new ConflictException("overlaps absence " + other.id + " (" + other.startsAt + " – " + other.endsAt
                    + "); end or cancel it first");
        }
        Absence absence = new Absence(staffId, from, to, reason, note, clock.instant(), actor.staffId());
        absences.add(absence);
        work.flush();
        handovers.planFor(absence);
        coverage.refreshPostsOf(staffId, "ABSENCE_REGISTERED");
        audit.record(actor, AuditAct.of("ABSENCE_REGISTERED", absence.id).change(null, summary(absence)));
        return absence;
    }

    /** Back early: the absence ends now and coverage returns to A at once. */
    @Transactional
    public Absence endNow(Actor actor, UUID id) {
        Absence absence = own(actor, id);
        Instant now = clock.instant();
        if (!absence.covers(now)) {
            throw new ConflictException("absence " + id + " is " + absence.state(now) + ", not ACTIVE");
        }
        java.util.Map<String, Object> before = summary(absence);
        absence.endsAt = now;
        work.flush();
        coverage.refreshPostsOf(absence.staffId, "ABSENCE_ENDED");
        audit.record(actor, AuditAct.of("ABSENCE_ENDED", absence.id).change(before, summary(absence)));
        return absence;
    }

    @Transactional
    public Absence cancel(Actor actor, UUID id) {
        Absence absence = own(actor, id);
        if (!absence.state(clock.instant()).equals("PLANNED")) {
            throw new ConflictException("only a planned absence can be cancelled; end an active one instead");
        }
        java.util.Map<String, Object> before = summary(absence);
        absence.cancelled = true;
        handovers.forget(id);
        audit.record(actor, AuditAct.of("ABSENCE_CANCELLED", absence.id).change(before, summary(absence)));
        return absence;
    }

    public Absence absence(UUID id) {
        Absence absence = absences.byId(id);
        if (absence == null) {
            throw new NotFoundException("no absence " + id);
        }
        return absence;
    }

    public List<Absence> ofStaff(String staffId) {
        return absences.ofStaff(staffId);
    }

    /** SC-2.6: who is at which post and who is away until when; reason category only, never the note. */
    public List<Whereabouts> whereabouts(java.time.LocalDate date, java.time.ZoneId zone) {
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        java.util.Map<String, List<Absence>> away = new java.util.HashMap<>();
        absences.overlappingAny(from, to).forEach(a -> away.computeIfAbsent(a.staffId, k -> new java.util.ArrayList<>()).add(a));
        java.util.Map<String, List<String>> postsOf = new java.util.HashMap<>();
        for (RosterDay d : rosterDays.onDay(date)) {
            if (d.aHolder != null) {
                postsOf.computeIfAbsent(d.aHolder, k -> new java.util.ArrayList<>()).add(d.postId() + ":A");
            }
            if (d.bHolder != null) {
                postsOf.computeIfAbsent(d.bHolder, k -> new java.util.ArrayList<>()).add(d.postId() + ":B");
            }
        }
        return staff.active().stream()
                .map(s -> new Whereabouts(s.id, s.name, s.department, postsOf.getOrDefault(s.id, List.of()),
                        away.getOrDefault(s.id, List.of()).stream()
                                .map(a -> new Whereabouts.Away(a.reason, a.startsAt, a.endsAt)).toList()))
                .toList();
    }

    public record Whereabouts(String staffId, String name, String department, List<String> posts, List<Away> away) {
        public record Away(AbsenceReason reason, Instant from, Instant until) {
        }
    }

    private Absence own(Actor actor, UUID id) {
        Absence absence = absence(id);
        if (!actor.staffId().equals(absence.staffId)) {
            if (!actor.supervises()) {
                throw new NotAllowedException("a clerk changes only their own absence");
            }
            Staff member = staff.byId(absence.staffId);
            reach.require(actor, member == null ? "?" : member.department, "an absence of " + absence.staffId);
        }
        return absence;
    }

    /** What the audit trail keeps of an absence (the reason category, never the note). */
    private java.util.Map<String, Object> summary(Absence a) {
        return java.util.Map.of("staffId", a.staffId, "from", a.startsAt.toString(), "to", a.endsAt.toString(),
                "reason", String.valueOf(a.reason), "state", a.state(clock.instant()));
    }
}
