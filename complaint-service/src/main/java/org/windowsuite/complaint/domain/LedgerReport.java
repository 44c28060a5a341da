package org.windowsuite.complaint.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accountability by person and over time (OTN-6, FI-8): verified points deducted, and how many time limits were
 * missed. Dismissed entries count for nothing; candidates are shown but deduct no points yet.
 */
public final class LedgerReport {

    public record Entry(LocalDate day, String staffId, String department, String kind, Violation.State state,
            int points) {
    }

    public record StaffRow(String staffId, String department, long candidates, long verified, long points,
            long overdue) {
    }

    /** One bar of the chart: the period starting on {@code start}. */
    public record Period(LocalDate start, String label, long points, long overdue) {
    }

    private LedgerReport() {
    }

    public static List<StaffRow> byStaff(List<Entry> entries) {
        Map<String, long[]> rows = new TreeMap<>();
        Map<String, String> departments = new TreeMap<>();
        for (Entry e : entries) {
            if (e.state() == Violation.State.DISMISSED) {
                continue;
            }
            long[] r = rows.computeIfAbsent(e.staffId(), k -> new long[4]);
            departments.putIfAbsent(e.staffId(), e.department());
            if (e.state() == Violation.State.CANDIDATE) {
                r[0]++;
            } else {
                r[1]++;
                r[2] += Violation.deductedPoints(e.state(), e.points());
            }
            if (MissedTimeLimitPolicy.isMissedTimeLimit(e.kind())) {
                r[3]++;
            }
        }
        List<StaffRow> out = new ArrayList<>();
        rows.forEach((staff, r) -> out.add(new StaffRow(staff, departments.get(staff), r[0], r[1], r[2], r[3])));
        out.sort(Comparator.comparingLong(StaffRow::points).reversed().thenComparing(StaffRow::staffId));
        return out;
    }

    /** Daily bars for up to a month, weekly (from Monday) up to half a year, monthly beyond. */
    public static List<Period> overTime(List<Entry> entries, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        ChronoUnit unit = days <= 31 ? ChronoUnit.DAYS : days <= 183 ? ChronoUnit.WEEKS : ChronoUnit.MONTHS;
        Map<LocalDate, long[]> buckets = new LinkedHashMap<>();
        for (LocalDate d = start(from, unit); !d.isAfter(to); d = d.plus(1, unit)) {
            buckets.put(d, new long[2]);
        }
        for (Entry e : entries) {
            if (e.state() == Violation.State.DISMISSED || e.day().isBefore(from) || e.day().isAfter(to)) {
                continue;
            }
            long[] b = buckets.get(start(e.day(), unit));
            b[0] += Violation.deductedPoints(e.state(), e.points());
            if (MissedTimeLimitPolicy.isMissedTimeLimit(e.kind())) {
                b[1]++;
            }
        }
        List<Period> out = new ArrayList<>();
        buckets.forEach((d, b) -> out.add(new Period(d, label(d, unit), b[0], b[1])));
        return out;
    }

    private static LocalDate start(LocalDate d, ChronoUnit unit) {
        return switch (unit) {
            case WEEKS -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
            case MONTHS -> d.withDayOfMonth(1);
            default -> d;
        };
    }

    private static String label(LocalDate d, ChronoUnit unit) {
        return unit == ChronoUnit.MONTHS ? d.getYear() + "-" + String.format("%02d", d.getMonthValue())
                : String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
    }
}
