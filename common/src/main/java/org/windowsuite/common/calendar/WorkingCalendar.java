package org.windowsuite.common.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * China's working days (SC-2.3) from {@value #FIRST_YEAR} to {@value #LAST_YEAR}: a listed off day is a holiday
 * even on a weekday, a listed working day is a make-up day even on a weekend, other days follow Monday–Friday.
 *
 * <p>A year whose State Council schedule is published answers from that schedule. Any other year is
 * <em>provisional</em>: its days follow the holiday law ({@link HolidayLaw}) and weekends, without the make-up and
 * bridged days only the notice can set; every answer that counted such a day says so. A December day a published
 * notice lists stays as published even when its own year is provisional.
 *
 * <p>Immutable; built once per loaded data set with prefix counts, so {@link #between} is O(1) and {@link #add} is
 * O(log n).
 */
public final class WorkingCalendar {

    public static final int FIRST_YEAR = 2007;
    public static final int LAST_YEAR = 2099;
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);
    private static final int DAYS = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1);

    private final SortedSet<Integer> published;
    private final Map<LocalDate, CalendarDay> listed;
    private final boolean[] working;
    /** prefix[i] = number of working days among the first i days from {@link #FIRST_DAY}. */
    private final int[] prefix;
    /** provisionalPrefix[i] = number of provisional days among the first i days. */
    private final int[] provisionalPrefix;

    private WorkingCalendar(Set<Integer> publishedYears, Map<LocalDate, CalendarDay> publishedDays) {
        this.published = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(publishedYears));
        Map<LocalDate, CalendarDay> all = new HashMap<>(publishedDays);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            if (!published.contains(year)) {
                HolidayLaw.statutoryHolidays(year).forEach(d -> all.putIfAbsent(d.date(), d));
            }
        }
        this.listed = Map.copyOf(all);
        this.working = new boolean[DAYS];
        this.prefix = new int[DAYS + 1];
        this.provisionalPrefix = new int[DAYS + 1];
        for (int i = 0; i < DAYS; i++) {
            LocalDate d = FIRST_DAY.plusDays(i);
            working[i] = ruleSaysWorking(d);
            prefix[i + 1] = prefix[i] + (working[i] ? 1 : 0);
            boolean provisional = !published.contains(d.getYear()) && !publishedDays.containsKey(d);
            provisionalPrefix[i + 1] = provisionalPrefix[i] + (provisional ? 1 : 0);
        }
    }

    /**
     * @param years the notice years loaded (published); every other year is projected from the holiday law
     * @param days  every day listed by the published notices (neighbouring years may overlap; a later notice wins)
     */
    public static WorkingCalendar of(Collection<Integer> years, Collection<CalendarDay> days) {
        Map<LocalDate, CalendarDay> listed = new HashMap<>();
        days.forEach(d -> listed.put(d.date(), d));
        return new WorkingCalendar(Set.copyOf(years), listed);
    }

    private boolean ruleSaysWorking(LocalDate d) {
        CalendarDay day = listed.get(d);
        if (day != null) {
            return !day.offDay();
        }
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /** The years whose State Council schedule is loaded. */
    public SortedSet<Integer> publishedYears() {
        return published;
    }

    /** The years in range that answer from the holiday law until their schedule is published. */
    public List<Integer> provisionalYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            if (!published.contains(y)) {
                years.add(y);
            }
        }
        return years;
    }

    public static boolean covers(LocalDate d) {
        return !d.isBefore(FIRST_DAY) && !d.isAfter(LAST_DAY);
    }

    private static int index(LocalDate d) {
        if (!covers(d)) {
            throw new OutsideCalendarException(d);
        }
        return (int) (d.toEpochDay() - FIRST_DAY.toEpochDay());
    }

    public boolean isWorkingDay(LocalDate d) {
        return working[index(d)];
    }

    /** True when {@code d} answers from the holiday law, not from a published schedule. */
    public boolean isProvisional(LocalDate d) {
        int i = index(d);
        return provisionalPrefix[i + 1] > provisionalPrefix[i];
    }

    /** True when any day in [from, to] (either order) is provisional. */
    public boolean anyProvisional(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return anyProvisional(to, from);
        }
        return provisionalPrefix[index(to) + 1] > provisionalPrefix[index(from)];
    }

    /** The listed day (holiday name and kind, published or projected), or null for an ordinary weekday or weekend. */
    public CalendarDay listed(LocalDate d) {
        index(d);
        return listed.get(d);
    }

    public boolean isMakeUpDay(LocalDate d) {
        CalendarDay day = listed(d);
        return day != null && !day.offDay();
    }

    /** Working days in (from, to]: the start day never counts, as in Chinese law on computing periods. */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        return prefix[index(to) + 1] - prefix[index(from) + 1];
    }

    /**
     * The n-th working day after {@code from} (the start day never counts); n = 0 gives {@code from} when it is a
     * working day, else the next working day.
     */
    public LocalDate add(LocalDate from, int n) {
        if (n < 0) {
            throw new CalendarArgumentException("workingDays must not be negative");
        }
        int i = index(from);
        long target = n == 0 ? prefix[i] + 1L : prefix[i + 1] + (long) n;
        if (target > prefix[DAYS]) {
            throw new OutsideCalendarException(n + " working days after " + from);
        }
        return dayOfWorkingIndex((int) target);
    }

    /** The working day {@code n} working days before {@code to} (to itself, when n = 0 and it is a working day). */
    public LocalDate subtract(LocalDate to, int n) {
        if (n < 0) {
            throw new CalendarArgumentException("workingDays must not be negative");
        }
        int target = prefix[index(to) + 1] - n;
        if (target <= 0) {
            throw new OutsideCalendarException(n + " working days before " + to);
        }
        return dayOfWorkingIndex(target);
    }

    /** The last working day strictly before {@code d}. */
    public LocalDate previousWorkingDay(LocalDate d) {
        int target = prefix[index(d)];
        if (target == 0) {
            throw new OutsideCalendarException("the working day before " + d);
        }
        return dayOfWorkingIndex(target);
    }

    /** The day that is the target-th working day from {@link #FIRST_DAY} (1-based). */
    private LocalDate dayOfWorkingIndex(int target) {
        // smallest k with prefix[k] >= target: day k-1 is the target working day
        int k = Arrays.binarySearch(prefix, target);
        while (k > 0 && prefix[k - 1] == target) {
            k--;
        }
        return FIRST_DAY.plusDays(k - 1);
    }

    /** Working days in [from, to], both included. */
    public List<LocalDate> workingDaysBetween(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        if (to.isBefore(from)) {
            return days;
        }
        int end = index(to);
        for (int i = index(from); i <= end; i++) {
            if (working[i]) {
                days.add(FIRST_DAY.plusDays(i));
            }
        }
        return days;
    }
}
