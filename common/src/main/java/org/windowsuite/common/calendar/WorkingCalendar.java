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
import java.util.TreeSet;

/**
 * China's working days (SC-2.3): a listed off day is a holiday even on a weekday, a listed working day is a
 * make-up day even on a weekend, other days follow Monday–Friday. Only dates in a loaded year are known.
 * Immutable; built once per loaded data set with prefix counts, so {@link #between} is O(1) and {@link #add}
 * is O(log n).
 */
public final class WorkingCalendar {

    private final Set<Integer> years;
    private final LocalDate first;
    private final Map<LocalDate, CalendarDay> listed;
    private final boolean[] working;
    /** prefix[i] = number of working days among the first i days from {@link #first}. */
    private final int[] prefix;

    private WorkingCalendar(Set<Integer> years, Map<LocalDate, CalendarDay> listed) {
        this.years = Set.copyOf(years);
        this.listed = Map.copyOf(listed);
        if (years.isEmpty()) {
            this.first = LocalDate.of(2000, 1, 1);
            this.working = new boolean[0];
            this.prefix = new int[] {0};
            return;
        }
        TreeSet<Integer> sorted = new TreeSet<>(years);
        this.first = LocalDate.of(sorted.first(), 1, 1);
        LocalDate end = LocalDate.of(sorted.last(), 12, 31);
        int n = (int) (end.toEpochDay() - first.toEpochDay() + 1);
        this.working = new boolean[n];
        this.prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            LocalDate d = first.plusDays(i);
            working[i] = years.contains(d.getYear()) && ruleSaysWorking(d);
            prefix[i + 1] = prefix[i] + (working[i] ? 1 : 0);
        }
    }

    /** @param years the notice years loaded; @param days every day listed by them (neighbouring years may overlap) */
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

    public Set<Integer> years() {
        return years;
    }

    public boolean isKnown(LocalDate d) {
        return years.contains(d.getYear());
    }

    private int index(LocalDate d) {
        if (!isKnown(d)) {
            throw new CalendarNotPublishedException(d.getYear());
        }
        return (int) (d.toEpochDay() - first.toEpochDay());
    }

    public boolean isWorkingDay(LocalDate d) {
        return working[index(d)];
    }

    /** The listed day (holiday name and kind), or null for an ordinary weekday or weekend. */
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
        int i = index(from);
        int j = index(to);
        requireKnownBetween(from, to);
        return prefix[j + 1] - prefix[i + 1];
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
        int target = n == 0 ? prefix[i] + 1 : prefix[i + 1] + n;
        // smallest k with prefix[k] >= target: day k-1 is the target working day
        int k = Arrays.binarySearch(prefix, target);
        if (k < 0) {
            throw new CalendarNotPublishedException(first.plusDays(prefix.length - 1).getYear());
        }
        while (k > 0 && prefix[k - 1] == target) {
            k--;
        }
        LocalDate result = first.plusDays(k - 1);
        requireKnownBetween(from, result);
        return result;
    }

    /** The working day {@code n} working days before {@code to} (to itself, when n = 0 and it is a working day). */
    public LocalDate subtract(LocalDate to, int n) {
        if (n < 0) {
            throw new CalendarArgumentException("workingDays must not be negative");
        }
        int j = index(to);
        int target = prefix[j + 1] - n;
        if (target <= 0) {
            throw new CalendarNotPublishedException(first.getYear() - 1);
        }
        int k = Arrays.binarySearch(prefix, target);
        while (k > 0 && prefix[k - 1] == target) {
            k--;
        }
        LocalDate result = first.plusDays(k - 1);
        requireKnownBetween(result, to);
        return result;
    }

    /** The last working day strictly before {@code d}. */
    public LocalDate previousWorkingDay(LocalDate d) {
        int i = index(d);
        int target = prefix[i];
        if (target == 0) {
            throw new CalendarNotPublishedException(d.getYear() - 1);
        }
        int k = Arrays.binarySearch(prefix, target);
        while (k > 0 && prefix[k - 1] == target) {
            k--;
        }
        LocalDate result = first.plusDays(k - 1);
        requireKnownBetween(result, d);
        return result;
    }

    /** Working days in [from, to], both included. */
    public List<LocalDate> workingDaysBetween(LocalDate from, LocalDate to) {
        requireKnownBetween(from, to);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (working[index(d)]) {
                days.add(d);
            }
        }
        return days;
    }

    private void requireKnownBetween(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!years.contains(y)) {
                throw new CalendarNotPublishedException(y);
            }
        }
    }
}
