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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.RuleViolationException;

/**
 * Keeps each post's coverage history in step with the roster, absences and stand-ins, and announces every
 * change (AB-1, AB-3, AB-5). Changes are detected the moment they are caused through the API, and by a
 * scheduler tick for absences that start or end by the clock. Replicas are safe: a refresh locks the post row.
 */
@ApplicationScoped
public class CoverageService {

    private static final Logger LOG = Logger.getLogger(CoverageService.class);

    private final Clock clock;
    private final ZoneId zone;
    private final Posts posts;
    private final StaffMembers staff;
    private final RosterDays rosterDays;
    private final Absences absences;
    private final StandIns standIns;
    private final CoveragePeriods periods;
    private final CoverageEvents events;
    private final AlarmService alarms;
    private final SupervisorReach reach;
    private final AuditTrail audit;
    private final UnitOfWork work;

    public CoverageService(Clock clock, OfficeConfig office, Posts posts, StaffMembers staff,
            RosterDays rosterDays, Absences absences, StandIns standIns,
            CoveragePeriods periods, CoverageEvents events, AlarmService alarms, SupervisorReach reach,
            AuditTrail audit, UnitOfWork work) {
        this.work = work;
        this.reach = reach;
        this.audit = audit;
        this.alarms = alarms;
        this.clock = clock;
        this.zone = office.zone();
        this.posts = posts;
        this.staff = staff;
        this.rosterDays = rosterDays;
        this.absences = absences;
        this.standIns = standIns;
        this.periods = periods;
        this.events = events;
    }

    /** Coverage of a post at any instant, past or planned, by the rule. */
    @Transactional
    public Coverage computeAt(String postId, Instant t) {
        if (posts.byId(postId) == null) {
            throw new NotFoundException("no post " + postId);
        }
        LocalDate day = t.atZone(zone).toLocalDate();
        RosterDay rosterDay = rosterDays.of(postId, day);
        if (rosterDay == null) {
            return CoverageRule.decide(t, null, List.of(), List.of(), List.of(), Set.of());
        }
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        Set<String> inactive = new HashSet<>();
        for (String holder : new String[] {rosterDay.aHolder, rosterDay.bHolder}) {
            Staff s = holder == null ? null : staff.byId(holder);
            if (s != null && !s.active) {
                inactive.add(holder);
            }
        }
        return CoverageRule.decide(t, rosterDay, absencesOf(rosterDay.aHolder, dayStart, dayEnd),
                absencesOf(rosterDay.bHolder, dayStart, dayEnd), standIns.ofPostAround(postId, dayStart, dayEnd),
                inactive);
    }

    private List<Absence> absencesOf(String staffId, Instant from, Instant to) {
        return staffId == null ? List.of() : absences.overlapping(staffId, from, to);
    }

    /**
     * Brings the post's current coverage period in line with the rule at the clock's now; a change closes the
     * current period, opens the next (version + 1) and publishes it in the same transaction.
     */
    @Transactional
    public CoveragePeriod refresh(String postId, String cause) {
        Post post = posts.lockedById(postId);
        if (post == null) {
            throw new NotFoundException("no post " + postId);
        }
        Instant now = clock.instant();
        Coverage coverage = computeAt(postId, now);
        CoveragePeriod current = periods.current(postId).orElse(null);
        if (current != null && current.coverage().sameHolding(coverage)) {
            if (!java.util.Objects.equals(current.until, coverage.until())) {
                // same holder, new planned end (an absence registered, extended or ended early): announce it
                current.until = coverage.until();
                current.version++;
                events.coverageChanged(post, current, "PLAN_CHANGED");
            }
            return current;
        }
        long version = 1;
        if (current != null) {
            current.endedAt = now;
            version = current.version + 1;
            // the partial unique index allows one open period per post: close the old one before the insert
            work.flush();
        }
        CoveragePeriod next = new CoveragePeriod(postId, version, coverage,
                cause != null ? cause : causeOf(current, coverage), now);
        periods.add(next);
        events.coverageChanged(post, next, next.cause);
        if (coverage.state() == CoverageState.EMPTY) {
            RosterDay day = rosterDays.of(postId, now.atZone(zone).toLocalDate());
            alarms.raise(AlarmService.EMPTY_POST, post, null, day.aHolder, day.bHolder,
                    "AB-3: A and B of post " + postId + " are both away; a supervisor must name a stand-in");
        } else if (current != null && current.state == CoverageState.EMPTY) {
            alarms.resolve(postId, AlarmService.EMPTY_POST);
        }
        return next;
    }

    /** Refreshes, in the caller's transaction, the posts whose coverage depends on this person today. */
    @Transactional
    public void refreshPostsOf(String staffId, String cause) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        // a fixed lock order keeps two concurrent refreshes from deadlocking
        rosterDays.postsHeldBy(staffId, today).stream().sorted().forEach(postId -> refresh(postId, cause));
    }

    /** Absences start and end by the clock, days change at midnight: look at every post. */
    @Scheduled(every = "${roster.coverage-tick:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    public void refreshAll() {
        List<String> postIds = QuarkusTransaction.requiringNew().call(
                () -> posts.allIds());
        for (String postId : postIds) {
            try {
                QuarkusTransaction.requiringNew().run(() -> refresh(postId, null));
            } catch (RuntimeException e) {
                LOG.warnf("coverage refresh of post %s failed, next tick retries: %s", postId, e.getMessage());
            }
        }
    }

    /** AB-3: a supervisor names a temporary holder for an empty post, until {@code until} (default: end of today). */
    @Transactional
    public CoveragePeriod nameStandIn(Actor actor, String postId, String staffId, Instant until) {
        if (staff.byId(staffId) == null) {
            throw new NotFoundException("no staff member " + staffId);
        }
        Instant now = clock.instant();
        Instant end = until != null ? until : now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        if (!end.isAfter(now)) {
            throw new RuleViolationException("AB-3", "a stand-in must hold the post until a later time");
        }
        Post post = posts.byId(postId);
        if (post == null) {
            throw new NotFoundException("no post " + postId);
        }
        reach.require(actor, post.department, "naming a stand-in for post " + postId);
        standIns.add(new StandIn(postId, staffId, now, end, actor.staffId()));
        work.flush();
        CoveragePeriod period = refresh(postId, "STAND_IN_NAMED");
        audit.record(actor, AuditAct.of("STAND_IN_NAMED", postId).change(null, java.util.Map.of("standIn", staffId,
                "until", end.toString())));
        return period;
    }

    public List<CoveragePeriod> history(String postId, Instant from, Instant to) {
        if (posts.byId(postId) == null) {
            throw new NotFoundException("no post " + postId);
        }
        return periods.history(postId, from, to);
    }

    /** Who held the post at t by the recorded history (AB-5 attribution), falling back to the rule for the future. */
    @Transactional
    public Coverage heldAt(String postId, Instant t) {
        if (!t.isAfter(clock.instant())) {
            var period = periods.at(postId, t);
            if (period.isPresent()) {
                return period.get().coverage();
            }
        }
        return computeAt(postId, t);
    }

    static String causeOf(CoveragePeriod previous, Coverage next) {
        if (previous == null) {
            return "ROSTER_CHANGED";
        }
        return switch (next.state()) {
            case COVERED, EMPTY -> previous.state == CoverageState.NORMAL || previous.state == CoverageState.COVERED
                    ? "ABSENCE_STARTED" : "ABSENCE_ENDED";
            case NORMAL -> previous.state == CoverageState.UNSTAFFED ? "DAY_STARTED" : "ABSENCE_ENDED";
            case STAND_IN -> "STAND_IN_NAMED";
            case UNSTAFFED -> "DAY_ENDED";
        };
    }
}
