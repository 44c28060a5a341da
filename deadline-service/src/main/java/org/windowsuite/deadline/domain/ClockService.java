package org.windowsuite.deadline.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.windowsuite.outbox.audit.AuditAct;
import org.windowsuite.outbox.audit.AuditTrail;
import org.windowsuite.outbox.staff.StaffDepartments;
import org.windowsuite.common.Actor;
import org.windowsuite.common.NotAllowedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.RuleViolationException;
import org.windowsuite.common.InfrastructureFaults;
import org.windowsuite.common.calendar.CalendarStore;
import org.windowsuite.common.calendar.WorkingCalendar;
import org.windowsuite.deadline.config.DeadlineConfig;
import org.windowsuite.deadline.domain.DeadlineClock.Level;
import org.windowsuite.deadline.domain.DeadlineClock.State;

/**
 * Runs the clocks of every promise (SC-2.3, SC-2.4, FI-4): starts them from other services' events, pauses,
 * resumes, extends and stops them, and raises WARNING, OVERDUE and daily REMINDER alerts exactly once each.
 */
@ApplicationScoped
public class ClockService {

    private static final Logger LOG = Logger.getLogger(ClockService.class);
    private static final int BATCH = 200;

    public record Responsible(String department, String postId, String holder, String actingFor) {
    }

    private final Clocks clocks;
    private final CalendarStore calendar;
    private final AlertEvents events;
    private final ClockHistory records;
    private final Clock time;
    private final ClockPolicy policy;
    private final StaffDepartments departments;
    private final AuditTrail audit;
    /** What a tick costs and how many clocks it looked at: flat in the number of open clocks (bench/run step 4). */
    private final ClockScanMetrics scans;

    public ClockService(Clocks clocks, CalendarStore calendar, AlertEvents events, ClockHistory records,
            Clock time, OfficeConfig office, DeadlineConfig config, StaffDepartments departments, AuditTrail audit,
            ClockScanMetrics scans) {
        this.scans = scans;
        this.departments = departments;
        this.audit = audit;
        this.clocks = clocks;
        this.calendar = calendar;
        this.events = events;
        this.records = records;
        this.time = time;
        this.policy = new ClockPolicy(office.zone(), office.opens(), office.closes(), config.warning().days(),
                config.warning().fraction());
    }

    /**
     * Starts a clock at {@code startAt} (SC-2.4: when the materials were complete); a repeat changes nothing. A limit
     * the event does not carry cannot be timed: that is logged and decided here, never thrown back at the consumer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DeadlineClock start(String subjectType, String subjectId, String kind, Instant startAt, Integer workingDays,
            Integer maxExtensionDays, Responsible responsible) {
        if (workingDays == null || workingDays < 0) {
            LOG.warnf("%s %s/%s has no time limit (%s): no clock started", kind, subjectType, subjectId, workingDays);
            return null;
        }
        var existing = clocks.of(subjectType, subjectId, kind);
        if (existing.isPresent()) {
            return existing.get();
        }
        DeadlineClock c = new DeadlineClock(subjectType, subjectId, kind, startAt,
                startAt.atZone(policy.zone()).toLocalDate(), workingDays);
        c.maxExtensionDays = maxExtensionDays;
        assign(c, responsible);
        applyTimes(c, calendar.calendar());
        scheduleNextCheck(c);
        alert(c, "SCHEDULED", null);
        // persisted complete: Hibernate inserts the state an entity has when persisted, a change after is an update
        clocks.add(c);
        return c;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void pause(String subjectType, String subjectId, Instant at, String reason) {
        for (DeadlineClock c : clocks.ofSubject(subjectType, subjectId)) {
            if (c.state == State.RUNNING) {
                c.state = State.PAUSED;
                c.pausedSince = at;
                c.nextCheckAt = null;
                records.paused(c.id, at, reason);
            }
        }
    }

    /** Due dates move by the working days the pause actually cost. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resume(String subjectType, String subjectId, Instant at) {
        WorkingCalendar cal = calendar.calendar();
        for (DeadlineClock c : clocks.ofSubject(subjectType, subjectId)) {
            if (c.state == State.PAUSED) {
                int lost = policy.lostDays(cal, c.pausedSince, at);
                records.resumed(c.id, at, lost);
                c.pausedDays += lost;
                c.pausedSince = null;
                c.state = State.RUNNING;
                retime(c, cal);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(String subjectType, String subjectId, String kind, String reason) {
        for (DeadlineClock c : clocks.ofSubject(subjectType, subjectId)) {
            if (c.state != State.STOPPED && (kind == null || kind.equals(c.kind))) {
                c.state = State.STOPPED;
                c.stopReason = reason;
                c.nextCheckAt = null;
                alert(c, "STOPPED", null);
            }
        }
    }

    /** AB-5: the case moved to another holder; alerts from now on name them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reassign(String subjectType, String subjectId, Responsible responsible) {
        clocks.ofSubject(subjectType, subjectId).forEach(c -> assign(c, responsible));
    }

    /**
     * A supervisor of the clock's department (or an admin) grants extra working days; the statutory clock only up to
     * the item's legal maximum.
     */
    @Transactional
    public DeadlineClock extend(Actor by, UUID clockId, int days, String reason) {
        DeadlineClock c = clock(clockId);
        if (!by.admin() && (c.department == null || !c.department.equals(departments.departmentOf(by.staffId())))) {
            throw new NotAllowedException("a supervisor extends only the clocks of their own department; this one is "
                    + (c.department == null ? "of no department" : "of " + c.department));
        }
        java.util.Map<String, Object> before = java.util.Map.of("extensionDays", c.extensionDays, "dueDay",
                String.valueOf(c.dueDay));
        if (c.state == State.STOPPED) {
            throw new RuleViolationException("SC-2.3", "the clock is stopped (" + c.stopReason + ")");
        }
        if ("STATUTORY".equals(c.kind)) {
            int max = c.maxExtensionDays == null ? 0 : c.maxExtensionDays;
            if (c.extensionDays + days > max) {
                throw new RuleViolationException("SC-2.3", "the statutory limit may be extended by at most " + max
                        + " working days in all; " + c.extensionDays + " are granted already");
            }
        }
        c.extensionDays += days;
        records.extended(c.id, days, reason, by.staffId(), time.instant());
        retime(c, calendar.calendar());
        audit.record(by, AuditAct.of("EXTENDED", c.id).change(before, java.util.Map.of("extensionDays",
                c.extensionDays, "dueDay", String.valueOf(c.dueDay), "reason", reason)));
        return c;
    }

    public DeadlineClock clock(UUID id) {
        DeadlineClock c = clocks.byId(id);
        if (c == null) {
            throw new NotFoundException("no clock " + id);
        }
        return c;
    }

    public List<DeadlineClock> ofSubject(String subjectType, String subjectId) {
        return clocks.ofSubject(subjectType, subjectId);
    }

    public List<DeadlineClock> byLevel(Level level, String department, int offset, int limit) {
        return clocks.byLevel(level, department, offset, limit);
    }

    public List<ClockHistory.Pause> pauses(UUID clockId) {
        return records.pauses(clockId);
    }

    public List<ClockHistory.Extension> extensions(UUID clockId) {
        return records.extensions(clockId);
    }

    /** Looks only at clocks whose next check has come, in claimed batches, until none is left. */
    @Scheduled(every = "${deadline.tick:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "5s")
    public void tick() {
        long started = System.nanoTime();
        long scanned = 0;
        int handled;
        do {
            handled = QuarkusTransaction.requiringNew().call(() -> {
                Instant now = time.instant();
                List<DeadlineClock> due = clocks.dueForCheck(now, BATCH);
                due.forEach(c -> evaluate(c, now));
                return due.size();
            });
            scanned += handled;
        } while (handled == BATCH);
        scans.scanned(Duration.ofNanos(System.nanoTime() - started), scanned);
    }

    private void evaluate(DeadlineClock c, Instant now) {
        if (c.state != State.RUNNING) {
            c.nextCheckAt = null;
            return;
        }
        if (!now.isBefore(c.dueAt)) {
            if (c.level != Level.OVERDUE) {
                c.level = Level.OVERDUE;
                if (claim(c, "OVERDUE@" + c.dueAt, now)) {
                    alert(c, "OVERDUE", null);
                }
            } else if (claim(c, "REMINDER:" + now.atZone(policy.zone()).toLocalDate(), now)) {
                alert(c, "REMINDER", null);
            }
        } else if (c.warnAt != null && !now.isBefore(c.warnAt) && c.level == Level.ON_TRACK) {
            c.level = Level.WARNING;
            if (claim(c, "WARNING@" + c.dueAt, now)) {
                alert(c, "WARNING", null);
            }
        }
        scheduleNextCheck(c, now);
    }

    private boolean claim(DeadlineClock c, String transition, Instant at) {
        return records.claim(c.id, transition, at);
    }

    public List<DeadlineClock> provisional(String department, int offset, int limit) {
        return clocks.provisional(department, offset, limit);
    }

    /**
     * The yearly routine's safety net: a provisional clock whose years have all been published since (a re-timing
     * interrupted by a crash, a calendar event applied by another replica) is re-timed now; what is still provisional
     * is logged so operators know which schedule to publish.
     */
    @Scheduled(every = "${deadline.provisional-check:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void settleProvisional() {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        int open = 0;
        int settled = 0;
        UUID after = null;
        for (Page page; (page = settleProvisional(after, years)).seen() > 0; after = page.last()) {
            open += page.seen();
            settled += page.changed();
        }
        if (settled > 0) {
            LOG.infof("%d clocks re-timed against schedules published since their due date was estimated", settled);
        }
        if (open > settled) {
            LOG.warnf("%d running clocks have provisional due dates: publish the holiday schedule of %s with "
                    + "PUT /api/deadlines/calendar/years/{year}", open - settled, years);
        }
    }

    /**
     * The yearly routines go a page at a time, each in a transaction of its own: late in a year an office has
     * provisional clocks by the hundred thousand, more than a service's heap holds at once.
     */
    public static final int PAGE = 500;

    /** A page the yearly routines went through: how many clocks, how many of them changed, the last one's id. */
    record Page(int seen, int changed, UUID last) {
    }

    private Page settleProvisional(UUID after, java.util.SortedSet<Integer> years) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WorkingCalendar cal = calendar.calendar();
            List<Integer> provisionalYears = cal.provisionalYears();
            List<DeadlineClock> page = clocks.provisional(after, PAGE);
            int settled = 0;
            for (DeadlineClock c : page) {
                if (cal.anyProvisional(c.startDay, c.dueDay)) {
                    provisionalYears.stream().filter(y -> y >= c.startDay.getYear() && y <= c.dueDay.getYear())
                            .forEach(years::add);
                } else {
                    retime(c, cal);
                    settled++;
                }
            }
            return new Page(page.size(), settled, page.isEmpty() ? after : page.get(page.size() - 1).id);
        });
    }

    void onCalendarLoaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarService.CalendarYearLoaded e) {
        LOG.infof("calendar %d loaded: %d running clocks looked at again", e.year(), retimeAffectedBy(e.year()));
    }

    /**
     * A calendar year was loaded or corrected: every running clock whose due date depends on it is re-timed, against
     * the calendar as it is when each page is (another year may be loaded meanwhile). A page that meets a conflict
     * (a tick or a consumer changing one of its clocks) or a database fault is tried again until it clears, so none
     * is skipped.
     */
    public int retimeAffectedBy(int year) {
        int retimed = 0;
        UUID after = null;
        for (Page page; (page = retimePageUntilDone(year, after)).seen() > 0; after = page.last()) {
            retimed += page.seen();
        }
        return retimed;
    }

    private Page retimePageUntilDone(int year, UUID after) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    WorkingCalendar cal = calendar.fresh();
                    List<DeadlineClock> page = clocks.affectedBy(year, after, PAGE);
                    page.forEach(c -> retime(c, cal));
                    return new Page(page.size(), page.size(), page.isEmpty() ? after : page.get(page.size() - 1).id);
                });
            } catch (RuntimeException e) {
                if (!InfrastructureFaults.isTransient(e)) {
                    throw e;
                }
                LOG.warnf("re-timing the clocks of %d: a page met %s, trying it again", year, e.toString());
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(5_000, 100L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-timing clocks", e);
        }
    }

    /**
     * A due time still ahead puts the clock back on track (an extension can rescue an overdue case); the next tick
     * then announces, once each, the transitions towards the new due time that have already come.
     */
    private void retime(DeadlineClock c, WorkingCalendar cal) {
        Instant previous = c.dueAt;
        boolean wasProvisional = c.dueProvisional;
        applyTimes(c, cal);
        if (time.instant().isBefore(c.dueAt)) {
            c.level = Level.ON_TRACK;
        }
        scheduleNextCheck(c);
        // a published schedule that confirms an estimate is news too: the due date is final now
        if (!Objects.equals(previous, c.dueAt) || wasProvisional != c.dueProvisional) {
            alert(c, "RETIMED", previous);
        }
    }

    private void applyTimes(DeadlineClock c, WorkingCalendar cal) {
        ClockPolicy.Times t = policy.times(cal, c.startDay, c.span(), c.startAt);
        c.dueDay = t.dueDay();
        c.dueAt = t.dueAt();
        c.warnAt = t.warnAt();
        c.dueProvisional = cal.anyProvisional(c.startDay, c.dueDay);
    }

    private void scheduleNextCheck(DeadlineClock c) {
        scheduleNextCheck(c, time.instant());
    }

    private void scheduleNextCheck(DeadlineClock c, Instant now) {
        if (c.state != State.RUNNING) {
            c.nextCheckAt = null;
        } else if (c.level == Level.OVERDUE) {
            c.nextCheckAt = now.isBefore(c.dueAt) ? c.dueAt : policy.nextReminder(calendar.calendar(), now);
        } else if (c.level == Level.ON_TRACK && c.warnAt != null) {
            c.nextCheckAt = c.warnAt;
        } else {
            c.nextCheckAt = c.dueAt;
        }
    }

    private void assign(DeadlineClock c, Responsible r) {
        c.department = r.department();
        c.postId = r.postId();
        c.holder = r.holder();
        c.actingFor = r.actingFor();
    }

    private void alert(DeadlineClock c, String alert, Instant previousDueAt) {
        c.alertVersion++;
        events.alert(c, alert, previousDueAt);
        LOG.debugf("%s %s %s/%s due %s", alert, c.kind, c.subjectType, c.subjectId, c.dueAt);
    }
}
