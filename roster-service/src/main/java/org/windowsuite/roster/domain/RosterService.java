package org.windowsuite.roster.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.windowsuite.outbox.audit.AuditAct;
import org.windowsuite.outbox.audit.AuditTrail;
import org.windowsuite.common.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.windowsuite.common.ConflictException;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.RuleViolationException;
import org.windowsuite.common.calendar.CalendarStore;
import org.windowsuite.common.calendar.OutsideCalendarException;
import org.windowsuite.common.calendar.WorkingCalendar;

/** Staff, posts and the daily A/B roster (AB-1, AB-3). */
@ApplicationScoped
public class RosterService {

    static final int MAX_RANGE_DAYS = 366;

    private final StaffMembers staff;
    private final Posts posts;
    private final RosterDays rosterDays;
    private final CoverageService coverage;
    private final CalendarStore calendar;
    private final StaffEvents staffEvents;
    private final RosterRanges ranges;
    private final Clock clock;
    private final SupervisorReach reach;
    private final AuditTrail audit;
    private final UnitOfWork work;

    public RosterService(StaffMembers staff, Posts posts, RosterDays rosterDays,
            CoverageService coverage, CalendarStore calendar, StaffEvents staffEvents, RosterRanges ranges,
            Clock clock, SupervisorReach reach, AuditTrail audit, UnitOfWork work) {
        this.work = work;
        this.reach = reach;
        this.audit = audit;
        this.staffEvents = staffEvents;
        this.ranges = ranges;
        this.clock = clock;
        this.staff = staff;
        this.posts = posts;
        this.rosterDays = rosterDays;
        this.coverage = coverage;
        this.calendar = calendar;
    }

    @Transactional
    public Staff createStaff(Actor actor, String id, String name, String department, int rank) {
        if (staff.byId(id) != null) {
            throw new ConflictException("staff " + id + " exists already");
        }
        Staff s = new Staff(id, name, department, rank);
        staff.add(s);
        work.flush();
        staffEvents.staffChanged(s);
        audit.record(actor, AuditAct.of("STAFF_CREATED", id).change(null, staffSummary(s)));
        return s;
    }

    @Transactional
    public Staff updateStaff(Actor actor, String id, String name, String department, int rank, boolean active) {
        Staff s = staffMember(id);
        java.util.Map<String, Object> before = staffSummary(s);
        s.name = name;
        s.department = department;
        s.rank = rank;
        s.active = active;
        work.flush();
        staffEvents.staffChanged(s);
        coverage.refreshPostsOf(id, "STAFF_CHANGED");
        audit.record(actor, AuditAct.of("STAFF_CHANGED", id).change(before, staffSummary(s)));
        return s;
    }

    private static java.util.Map<String, Object> staffSummary(Staff s) {
        return java.util.Map.of("name", s.name, "department", s.department, "rank", s.rank, "active", s.active);
    }

    public Staff staffMember(String id) {
        Staff s = staff.byId(id);
        if (s == null) {
            throw new NotFoundException("no staff member " + id);
        }
        return s;
    }

    public List<Staff> allStaff() {
        return staff.all();
    }

    @Transactional
    public Post createPost(Actor actor, String id, String name, String department, Set<String> serviceItems) {
        if (posts.byId(id) != null) {
            throw new ConflictException("post " + id + " exists already");
        }
        Post p = new Post(id, name, department, serviceItems);
        posts.add(p);
        work.flush();
        // announce the post at once (unstaffed until rostered), so every projection knows it exists
        coverage.refresh(id, "POST_CREATED");
        audit.record(actor, AuditAct.of("POST_CREATED", id).change(null, java.util.Map.of("department", department,
                "serviceItems", serviceItems)));
        return p;
    }

    public Post post(String id) {
        Post p = posts.byId(id);
        if (p == null) {
            throw new NotFoundException("no post " + id);
        }
        return p;
    }

    public List<Post> allPosts() {
        return posts.all();
    }

    /**
     * AB-1/AB-3: sets A and B for every working day in [from, to]. {@code expectedVersion} (from If-Match)
     * guards against a lost update; two concurrent edits of one post's roster end in one 409.
     */
    @Transactional
    public Post setRoster(Actor actor, String postId, LocalDate from, LocalDate to, String a, String b,
            boolean otherDepartment, Long expectedVersion) {
        return rostered(actor, "ROSTER_SET", postId, from, to, a, b, otherDepartment, expectedVersion, true);
    }

    /** Sets one day explicitly, working day or not: a weekend extended-hours session (SC-2.6) needs A and B too. */
    @Transactional
    public Post setDay(Actor actor, String postId, LocalDate day, String a, String b, boolean otherDepartment,
            Long expectedVersion) {
        return rostered(actor, "ROSTER_DAY_SET", postId, day, day, a, b, otherDepartment, expectedVersion, false);
    }

    /** A supervisor of the post's department (or an admin) sets its days; the audit keeps what changed. */
    private Post rostered(Actor actor, String action, String postId, LocalDate from, LocalDate to, String a,
            String b, boolean otherDepartment, Long expectedVersion, boolean workingDaysOnly) {
        reach.require(actor, post(postId).department, "rostering post " + postId);
        long before = post(postId).version;
        Post post = setDays(postId, from, to, a, b, otherDepartment, expectedVersion, workingDaysOnly);
        audit.record(actor, AuditAct.of(action, postId).change(java.util.Map.of("version", before),
                rosterSummary(post, from, to, a, b)));
        return post;
    }

    private static java.util.Map<String, Object> rosterSummary(Post post, LocalDate from, LocalDate to, String a,
            String b) {
        java.util.Map<String, Object> summary = new java.util.HashMap<>();
        summary.put("version", post.version);
        summary.put("from", from.toString());
        summary.put("to", to.toString());
        summary.put("a", a);
        summary.put("b", b);
        return summary;
    }

    private Post setDays(String postId, LocalDate from, LocalDate to, String a, String b, boolean otherDepartment,
            Long expectedVersion, boolean workingDaysOnly) {
        Post post = post(postId);
        if (expectedVersion != null && expectedVersion != post.version) {
            throw new ConflictException("post " + postId + " roster is at version " + post.version + ", not "
                    + expectedVersion + "; reload and retry");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("ROSTER-RANGE", "the range ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new RuleViolationException("ROSTER-RANGE", "set at most " + MAX_RANGE_DAYS + " days at once");
        }
        checkHolders(post, a, b, otherDepartment);
        work.forceVersionIncrement(post);
        if (!WorkingCalendar.covers(from) || !WorkingCalendar.covers(to)) {
            throw new OutsideCalendarException(from + " to " + to);
        }
        // a range over a provisional year is accepted at once and re-derived when that year is published (AB-1)
        Long rangeId = null;
        List<LocalDate> days;
        if (workingDaysOnly) {
            RosterRange range = new RosterRange(postId, from, to, a, b, clock.instant());
            ranges.add(range);
            rangeId = range.id;
            days = calendar.calendar().workingDaysBetween(from, to);
        } else {
            days = from.datesUntil(to.plusDays(1)).toList();
        }
        for (LocalDate day : days) {
            RosterDay existing = rosterDays.of(postId, day);
            if (existing == null) {
                existing = new RosterDay(postId, day, a, b);
                rosterDays.add(existing);
            } else {
                existing.aHolder = a;
                existing.bHolder = b;
            }
            existing.rangeId = rangeId;
        }
        coverage.refresh(postId, "ROSTER_CHANGED");
        return post;
    }

    /**
     * AB-1 when the calendar changes (a provisional year published, a year corrected): every range that reaches into
     * {@code year} gets A and B on the days that are working days now, newest range first so the latest plan wins,
     * and loses the rows it gave to days that are holidays now. Days set on their own are never touched.
     *
     * @return the posts whose roster changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> rederiveRanges(int year, WorkingCalendar cal) {
        // a notice may list December days of the year before
        LocalDate windowFrom = LocalDate.of(year - 1, 12, 1);
        LocalDate windowTo = LocalDate.of(year, 12, 31);
        Set<String> changed = new java.util.TreeSet<>();
        for (RosterRange range : ranges.overlapping(windowFrom, windowTo)) {
            LocalDate from = range.from.isBefore(windowFrom) ? windowFrom : range.from;
            LocalDate to = range.to.isAfter(windowTo) ? windowTo : range.to;
            for (RosterDay day : rosterDays.ofRange(range.id, from, to)) {
                if (!cal.isWorkingDay(day.day())) {
                    rosterDays.remove(day);
                    changed.add(range.postId);
                }
            }
            for (LocalDate day : cal.workingDaysBetween(from, to)) {
                if (rosterDays.of(range.postId, day) == null) {
                    RosterDay added = new RosterDay(range.postId, day, range.aHolder, range.bHolder);
                    added.rangeId = range.id;
                    rosterDays.add(added);
                    changed.add(range.postId);
                }
            }
        }
        work.flush();
        changed.forEach(postId -> coverage.refresh(postId, "ROSTER_CHANGED"));
        return changed;
    }

    private void checkHolders(Post post, String a, String b, boolean otherDepartment) {
        Staff holderA = staffMember(a);
        Staff holderB = staffMember(b);
        if (a.equals(b)) {
            throw new RuleViolationException("AB-3", "A and B must be two different people; both are " + a);
        }
        if (!otherDepartment) {
            for (Staff s : List.of(holderA, holderB)) {
                if (!s.department.equals(post.department)) {
                    throw new RuleViolationException("AB-3", s.id + " belongs to department " + s.department
                            + ", post " + post.id + " to " + post.department + "; set otherDepartment to allow it");
                }
            }
        }
    }

    public List<RosterDay> roster(String postId, LocalDate from, LocalDate to) {
        post(postId);
        return rosterDays.between(postId, from, to);
    }

    /** AB-3 at planning time: every working day on which a post lacks A or B, or A = B. */
    public List<Gap> gaps(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new RuleViolationException("ROSTER-RANGE", "ask for 1 to " + MAX_RANGE_DAYS + " days");
        }
        List<LocalDate> days = calendar.calendar().workingDaysBetween(from, to);
        List<Gap> gaps = new java.util.ArrayList<>();
        for (Post post : allPosts()) {
            java.util.Map<LocalDate, RosterDay> byDay = new java.util.HashMap<>();
            rosterDays.between(post.id, from, to).forEach(d -> byDay.put(d.day(), d));
            for (LocalDate day : days) {
                RosterDay d = byDay.get(day);
                if (d == null || d.aHolder == null) {
                    gaps.add(new Gap(post.id, day, "NO_A_HOLDER"));
                } else if (d.bHolder == null) {
                    gaps.add(new Gap(post.id, day, "NO_B_HOLDER"));
                } else if (d.aHolder.equals(d.bHolder)) {
                    gaps.add(new Gap(post.id, day, "A_EQUALS_B"));
                }
            }
        }
        return gaps;
    }

    public record Gap(String postId, LocalDate day, String problem) {
    }
}
