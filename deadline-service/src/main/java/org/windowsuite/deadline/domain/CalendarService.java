package org.windowsuite.deadline.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.windowsuite.common.Actor;
import org.windowsuite.outbox.audit.AuditAct;
import org.windowsuite.outbox.audit.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.windowsuite.common.RuleViolationException;
import org.windowsuite.common.calendar.CalendarDay;
import org.windowsuite.common.calendar.CalendarStore;
import org.windowsuite.common.input.Limits;
import org.windowsuite.common.calendar.WorkingCalendar;

/**
 * The working-day calendar (SC-2.3) this service owns: loads a year whole or not at all, keeps where it came
 * from, and announces it so the other services know working days too.
 */
@ApplicationScoped
public class CalendarService {

    private final CalendarStore store;
    private final CalendarSources sources;
    private final CalendarEvents events;
    private final Clock clock;
    private final Event<CalendarYearLoaded> loaded;
    private final AuditTrail audit;

    public record CalendarYearLoaded(int year) {
    }

    public CalendarService(CalendarStore store, CalendarSources sources, CalendarEvents events,
            Clock clock, Event<CalendarYearLoaded> loaded, AuditTrail audit) {
        this.audit = audit;
        this.loaded = loaded;
        this.store = store;
        this.sources = sources;
        this.events = events;
        this.clock = clock;
    }

    public WorkingCalendar calendar() {
        return store.calendar();
    }

    /** An operator uploads a newly published or corrected year: loaded as below, and audited. */
    @Transactional
    public long upload(Actor by, int year, HolidaySchedule schedule) {
        long version = loadYear(year, schedule, "UPLOAD", by.staffId());
        audit.record(by, AuditAct.of("CALENDAR_LOADED", year).change(null, java.util.Map.of("version", version,
                "days", schedule.days().size())));
        return version;
    }

    /**
     * Loads a year from a file (the shipped data, the calendar ConfigMap) unless the file loaded last for that year
     * was this very one: decided under the year's lock, so replicas looking at the same file load it once.
     *
     * @return whether the year was loaded
     */
    @Transactional
    public boolean loadFileIfChanged(int year, HolidaySchedule schedule, String source, String checksum) {
        sources.lockYear(year);
        CalendarSource s = sources.byYear(year);
        if (s != null && checksum.equals(s.checksum)) {
            return false;
        }
        loadYear(year, schedule, source, "system");
        sources.byYear(year).checksum = checksum;
        return true;
    }

    /** Loads or corrects a year; malformed data is rejected whole with the reason, nothing half-loaded. */
    @Transactional
    public long loadYear(int year, HolidaySchedule schedule, String source, String loadedBy) {
        List<CalendarDay> days = validate(year, schedule);
        // replicas seeding at the same start must not interleave their versions
        sources.lockYear(year);
        long version = sources.latestVersion(year) + 1;
        store.applyYear(year, version, days);
        CalendarSource s = sources.byYear(year);
        boolean first = s == null;
        if (first) {
            s = new CalendarSource();
            s.year = year;
        }
        s.source = source;
        s.papers = schedule.papers() == null ? null : String.join("\n", schedule.papers());
        s.loadedBy = loadedBy;
        s.loadedAt = clock.instant();
        s.checksum = null;
        if (first) {
            sources.add(s);
        }
        events.yearPublished(year, version, days);
        loaded.fire(new CalendarYearLoaded(year));
        return version;
    }

    @Transactional
    public boolean isLoaded(int year) {
        return sources.byYear(year) != null;
    }

    public List<CalendarSource> loadedYears() {
        return sources.all();
    }

    /** calendar_day.name is varchar(50): a festival's name, or two joined ("国庆节、中秋节"). */
    static final int HOLIDAY_NAME = 50;

    static List<CalendarDay> validate(int year, HolidaySchedule schedule) {
        if (schedule == null || schedule.year() == null || schedule.days() == null) {
            throw new RuleViolationException("CALENDAR", "the schedule needs \"year\" and \"days\"");
        }
        if (year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR) {
            throw new RuleViolationException("CALENDAR", "the working-day calendar covers " + WorkingCalendar.FIRST_YEAR
                    + "–" + WorkingCalendar.LAST_YEAR + "; " + year + " lies outside it");
        }
        if (schedule.year() != year) {
            throw new RuleViolationException("CALENDAR", "the schedule is for " + schedule.year() + ", not " + year);
        }
        if (schedule.papers() != null && (schedule.papers().size() > Limits.LIST || schedule.papers().stream()
                .anyMatch(p -> p == null || p.length() > Limits.SHORT_TEXT))) {
            throw new RuleViolationException("CALENDAR", "at most " + Limits.LIST + " papers of at most "
                    + Limits.SHORT_TEXT + " characters each");
        }
        if (schedule.days().size() > 400) {
            throw new RuleViolationException("CALENDAR", "a year's notice lists at most 400 days");
        }
        LocalDate earliest = LocalDate.of(year - 1, 12, 1);
        LocalDate latest = LocalDate.of(year, 12, 31);
        Set<LocalDate> seen = new HashSet<>();
        List<CalendarDay> days = new ArrayList<>();
        for (int i = 0; i < schedule.days().size(); i++) {
            HolidaySchedule.Day d = schedule.days().get(i);
            String where = "days[" + i + "]";
            if (d == null || d.date() == null || d.offDay() == null || d.name() == null || d.name().isBlank()) {
                throw new RuleViolationException("CALENDAR", where + " needs name, date and isOffDay");
            }
            if (d.name().length() > HOLIDAY_NAME) {
                throw new RuleViolationException("CALENDAR", where + " has a name longer than " + HOLIDAY_NAME
                        + " characters");
            }
            if (d.date().isBefore(earliest) || d.date().isAfter(latest)) {
                throw new RuleViolationException("CALENDAR", where + " " + d.date() + " lies outside the notice year "
                        + year + " (only a December date of the previous year may be listed)");
            }
            if (!seen.add(d.date())) {
                throw new RuleViolationException("CALENDAR", where + " lists " + d.date() + " twice");
            }
            days.add(new CalendarDay(d.date(), d.name(), d.offDay()));
        }
        return days;
    }
}
