package org.windowsuite.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.windowsuite.common.calendar.CalendarDay;
import org.windowsuite.common.calendar.WorkingCalendar;

/**
 * The working-day calendar's three questions (is this a working day, the n-th working day after, working days
 * between), single-threaded, against the same answers found by walking day by day — which is what a calendar
 * without the prefix counts would do. bench/run runs it with JMH.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CalendarBenchmark {

    private WorkingCalendar calendar;
    private LocalDate[] starts;
    private int[] spans;

    @Setup
    public void load() {
        // National Day 2026 and its make-up Saturday, as a published year; the other years from the holiday law
        List<CalendarDay> days = new java.util.ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(new CalendarDay(LocalDate.of(2026, 10, d), "国庆节", true));
        }
        days.add(new CalendarDay(LocalDate.of(2026, 10, 10), "国庆节", false));
        calendar = WorkingCalendar.of(List.of(2026), days);
        starts = new LocalDate[1024];
        spans = new int[1024];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LocalDate.of(2026, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(700));
            spans[i] = 1 + ThreadLocalRandom.current().nextInt(60);
        }
    }

    private int next;

    private int i() {
        next = (next + 1) & 1023;
        return next;
    }

    @Benchmark
    public boolean day() {
        return calendar.isWorkingDay(starts[i()]);
    }

    @Benchmark
    public LocalDate add() {
        int i = i();
        return calendar.add(starts[i], spans[i]);
    }

    @Benchmark
    public int between() {
        int i = i();
        return calendar.between(starts[i], starts[i].plusDays(spans[i]));
    }

    @Benchmark
    public LocalDate addWalkingDayByDay() {
        int i = i();
        LocalDate d = starts[i];
        for (int n = spans[i]; n > 0; ) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                n--;
            }
        }
        return d;
    }

    @Benchmark
    public int betweenWalkingDayByDay() {
        int i = i();
        int count = 0;
        for (LocalDate d = starts[i].plusDays(1); !d.isAfter(starts[i].plusDays(spans[i])); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
