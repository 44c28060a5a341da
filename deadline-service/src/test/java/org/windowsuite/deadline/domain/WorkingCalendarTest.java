package org.windowsuite.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.calendar.CalendarDay;
import org.windowsuite.common.calendar.OutsideCalendarException;
import org.windowsuite.common.calendar.WorkingCalendar;

/** SC-2.3 working days against the shipped State Council schedules 2007–2026. */
class WorkingCalendarTest {

    static final Map<Integer, HolidaySchedule> SHIPPED = new HashMap<>();
    static WorkingCalendar calendar;

    @BeforeAll
    public static void loadShippedData() throws Exception {
        if (calendar != null) {
            return;
        }
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        List<CalendarDay> days = new ArrayList<>();
        for (int year = 2007; year <= 2026; year++) {
            try (InputStream in = WorkingCalendarTest.class.getResourceAsStream("/holiday-cn/" + year + ".json")) {
                HolidaySchedule schedule = mapper.readValue(in, HolidaySchedule.class);
                SHIPPED.put(year, schedule);
                days.addAll(CalendarService.validate(year, schedule));
            }
        }
        calendar = WorkingCalendar.of(SHIPPED.keySet(), days);
    }

    static List<HolidaySchedule.Day> listed(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().flatMap(y -> SHIPPED.get(y).days().stream()).toList();
    }

    @Test
    void everyMakeUpWorkingDayFrom2013To2026IsAWorkingDay() {
        List<HolidaySchedule.Day> makeUp = listed(2013, 2026).stream().filter(d -> !d.offDay()).toList();
        assertThat(makeUp).hasSizeGreaterThan(50);
        assertThat(makeUp).allSatisfy(d -> {
            assertThat(calendar.isWorkingDay(d.date())).as(d.date() + " " + d.name()).isTrue();
            assertThat(calendar.isMakeUpDay(d.date())).isTrue();
        });
        assertThat(makeUp).anyMatch(d -> d.date().getDayOfWeek() == DayOfWeek.SATURDAY)
                .anyMatch(d -> d.date().getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    @Test
    void everyListedHolidayIsNotAWorkingDay() {
        List<HolidaySchedule.Day> holidays = listed(2007, 2026).stream().filter(HolidaySchedule.Day::offDay).toList();
        assertThat(holidays).allSatisfy(d -> assertThat(calendar.isWorkingDay(d.date())).as(d.date() + " " + d.name())
                .isFalse());
        assertThat(holidays).anyMatch(d -> d.date().getDayOfWeek().getValue() <= 5);
    }

    @Test
    void ordinaryDaysFollowMondayToFriday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 25))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();
        assertThat(calendar.listed(LocalDate.of(2026, 11, 25))).isNull();
    }

    @Test
    void aDecemberDateListedInTheNextYearsNoticeIsHonoured() {
        // 2018-12-29 is a Saturday made a working day by the 2019 notice
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 29))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 31))).isFalse();
        WorkingCalendar only2018 = WorkingCalendar.of(List.of(2018), CalendarService.validate(2018, SHIPPED.get(2018)));
        assertThat(only2018.isWorkingDay(LocalDate.of(2018, 12, 29))).as("without the 2019 notice").isFalse();
    }

    @Test
    void springFestival2026IsSkippedWhole() {
        List<LocalDate> festival = SHIPPED.get(2026).days().stream()
                .filter(d -> d.name().equals("春节") && d.offDay()).map(HolidaySchedule.Day::date).sorted().toList();
        assertThat(festival).hasSizeGreaterThanOrEqualTo(7);
        LocalDate before = calendar.previousWorkingDay(festival.get(0));
        LocalDate after = calendar.add(before, 1);
        assertThat(after).isAfter(festival.get(festival.size() - 1));
        assertThat(calendar.between(before, after)).isEqualTo(1);
    }

    @Test
    void nationalDay2026CountsTheSaturdayMakeUpDay() {
        assertThat(calendar.add(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.listed(LocalDate.of(2026, 10, 10)).name()).isEqualTo("国庆节");
    }

    @Test
    void theStartDayNeverCountsAndZeroDaysMeansThatDayOrTheNextWorkingDay() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        assertThat(calendar.add(wednesday, 1)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(calendar.add(wednesday, 0)).isEqualTo(wednesday);
        assertThat(calendar.add(LocalDate.of(2026, 10, 1), 0)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.add(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.between(wednesday, wednesday)).isZero();
        assertThat(calendar.between(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 25))).isEqualTo(-2);
    }

    /** Proves SC-2.3 (docs/rules.md). */
    @Test
    void anUnpublishedYearIsProvisionalFromTheHolidayLawNeverUnknown() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        assertThat(calendar.isWorkingDay(newYear)).isFalse();
        assertThat(calendar.listed(newYear).name()).isEqualTo("元旦");
        assertThat(calendar.isProvisional(newYear)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).as("春节").isFalse();
        assertThat(calendar.publishedYears()).contains(2026).doesNotContain(2027);
        assertThat(calendar.provisionalYears()).startsWith(2027).endsWith(2099);

        // 2026-12-28 + 10: Dec 29–31 (3), Jan 1 is 元旦, Jan 4–8 (5), Jan 11–12 (2)
        assertThat(calendar.add(LocalDate.of(2026, 12, 28), 10)).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(calendar.anyProvisional(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 12))).isTrue();
        assertThat(calendar.between(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 10))).isEqualTo(27);
        assertThat(calendar.anyProvisional(LocalDate.of(2026, 11, 2), calendar.add(LocalDate.of(2026, 11, 2), 5)))
                .isFalse();
    }

    @Test
    void aDecemberDayOfAPublishedYearStaysAsPublishedWhileTheNextYearIsProvisional() {
        WorkingCalendar only2018 = WorkingCalendar.of(List.of(2018), CalendarService.validate(2018, SHIPPED.get(2018)));
        assertThat(only2018.isProvisional(LocalDate.of(2018, 12, 31))).isFalse();
        assertThat(only2018.isProvisional(LocalDate.of(2019, 1, 2))).isTrue();
        assertThat(only2018.isProvisional(LocalDate.of(2017, 6, 1))).as("an earlier year not loaded").isTrue();
        // the 2019 notice lists 2018-12-29 and 2018-12-31: once loaded, those December days are published answers
        assertThat(calendar.isProvisional(LocalDate.of(2018, 12, 29))).isFalse();
    }

    @Test
    void datesOutsideTheCalendarAreRefusedWithAClearRule() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2006, 6, 1)))
                .isInstanceOf(OutsideCalendarException.class)
                .hasMessage("the working-day calendar covers 2007-01-01 to 2099-12-31; 2006-06-01 lies outside it");
        assertThatThrownBy(() -> calendar.isProvisional(LocalDate.of(2100, 1, 1)))
                .isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> calendar.add(LocalDate.of(2099, 12, 1), 40))
                .isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> calendar.previousWorkingDay(LocalDate.of(2007, 1, 1)))
                .isInstanceOf(OutsideCalendarException.class);
    }

    @Test
    void addThenBetweenRoundTrips() {
        Random random = new Random(20261125);
        for (int i = 0; i < 5000; i++) {
            LocalDate from = LocalDate.of(2007, 1, 1).plusDays(random.nextInt(365 * 25));
            int n = 1 + random.nextInt(120);
            LocalDate due = calendar.add(from, n);
            assertThat(calendar.between(from, due)).as(from + " + " + n).isEqualTo(n);
            assertThat(calendar.isWorkingDay(due)).isTrue();
            assertThat(calendar.between(from, due.minusDays(1))).isEqualTo(n - 1);
        }
    }

    @Test
    void malformedSchedulesAreRejectedWhole() {
        HolidaySchedule.Day ok = new HolidaySchedule.Day("元旦", LocalDate.of(2027, 1, 1), true);
        assertThatThrownBy(() -> CalendarService.validate(2027, new HolidaySchedule(2028, List.of(), List.of(ok))))
                .hasMessageContaining("for 2028, not 2027");
        assertThatThrownBy(() -> CalendarService.validate(2027, new HolidaySchedule(2027, List.of(), List.of(ok, ok))))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> CalendarService.validate(2027, new HolidaySchedule(2027, List.of(),
                List.of(new HolidaySchedule.Day("元旦", LocalDate.of(2025, 1, 1), true)))))
                .hasMessageContaining("outside the notice year");
        assertThatThrownBy(() -> CalendarService.validate(2027, new HolidaySchedule(2027, List.of(),
                List.of(new HolidaySchedule.Day("元旦", LocalDate.of(2027, 1, 1), null)))))
                .hasMessageContaining("isOffDay");
    }
}
