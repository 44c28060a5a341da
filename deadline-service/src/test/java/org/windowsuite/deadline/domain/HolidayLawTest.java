package org.windowsuite.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.calendar.CalendarDay;
import org.windowsuite.common.calendar.HolidayLaw;

/** SC-2.3: the provisional calendar's statutory holidays, projected from the law, against the published schedules. */
class HolidayLawTest {

    @BeforeAll
    static void loadShippedData() throws Exception {
        WorkingCalendarTest.loadShippedData();
    }

    @Test
    void everyLawDayOf2015To2026IsAnOffDayInThePublishedSchedule() {
        StringBuilder report = new StringBuilder("year  law days  notice off days  predicted by the law\n");
        for (int year = 2015; year <= 2026; year++) {
            List<CalendarDay> law = HolidayLaw.statutoryHolidays(year);
            assertThat(law).as("law days of " + year).allSatisfy(d -> assertThat(
                    WorkingCalendarTest.calendar.isWorkingDay(d.date())).as(d.date() + " " + d.name()).isFalse());
            int y = year;
            Set<LocalDate> noticeOff = WorkingCalendarTest.SHIPPED.get(year).days().stream()
                    .filter(HolidaySchedule.Day::offDay).map(HolidaySchedule.Day::date).filter(d -> d.getYear() == y)
                    .collect(Collectors.toSet());
            long predicted = law.stream().filter(d -> noticeOff.contains(d.date())).count();
            report.append(String.format("%d  %8d  %15d  %d of %d (%.0f %%)%n", year, law.size(), noticeOff.size(),
                    predicted, noticeOff.size(), 100.0 * predicted / noticeOff.size()));
        }
        System.out.print(report);
    }

    @Test
    void theSpringFestivalOf2027RunsFromTheEveOn5FebruaryThrough8February() {
        assertThat(days(2027, "春节")).containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6),
                LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8));
        assertThat(days(2027, "清明节")).containsExactly(LocalDate.of(2027, 4, 5));
        assertThat(days(2027, "劳动节")).containsExactly(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2));
        assertThat(days(2027, "端午节")).containsExactly(LocalDate.of(2027, 6, 9));
        assertThat(days(2027, "中秋节")).containsExactly(LocalDate.of(2027, 9, 15));
        assertThat(HolidayLaw.statutoryHolidays(2027)).hasSize(13);
    }

    @Test
    void midAutumn2028FallsOnNationalDayAndCountsOnce() {
        assertThat(days(2028, "中秋节")).containsExactly(LocalDate.of(2028, 10, 3));
        assertThat(days(2028, "国庆节")).containsExactly(LocalDate.of(2028, 10, 1), LocalDate.of(2028, 10, 2),
                LocalDate.of(2028, 10, 3));
        assertThat(HolidayLaw.statutoryHolidays(2028)).hasSize(12);
        assertThat(days(2028, "春节")).containsExactly(LocalDate.of(2028, 1, 25), LocalDate.of(2028, 1, 26),
                LocalDate.of(2028, 1, 27), LocalDate.of(2028, 1, 28));
    }

    @Test
    void eachRevisionOfTheLawGivesItsOwnDays() {
        assertThat(HolidayLaw.statutoryHolidays(2024)).as("2013 revision: 11 days").hasSize(11);
        assertThat(days(2024, "春节")).first().isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(days(2025, "春节")).as("2024 revision: from the Eve").first().isEqualTo(LocalDate.of(2025, 1, 28));
        assertThat(days(2010, "春节")).as("2007 revision: the Eve and two days").containsExactly(
                LocalDate.of(2010, 2, 13), LocalDate.of(2010, 2, 14), LocalDate.of(2010, 2, 15));
        for (int year = 2029; year <= 2099; year++) {
            int y = year;
            // 13 days, 12 when Mid-Autumn falls on 1–3 October; the Eve always lies in the same Gregorian year
            assertThat(HolidayLaw.statutoryHolidays(year)).as(String.valueOf(year)).hasSizeBetween(12, 13)
                    .allSatisfy(d -> assertThat(d.date().getYear()).isEqualTo(y));
        }
    }

    private static List<LocalDate> days(int year, String festival) {
        return HolidayLaw.statutoryHolidays(year).stream().filter(d -> d.name().contains(festival))
                .map(CalendarDay::date).toList();
    }
}
