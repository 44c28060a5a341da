package org.windowsuite.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.calendar.WorkingCalendar;

class ClockPolicyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ClockPolicy POLICY = new ClockPolicy(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(17, 0), 1, 0.2);
    static WorkingCalendar calendar;

    @BeforeAll
    static void calendar() throws Exception {
        WorkingCalendarTest.loadShippedData();
        calendar = WorkingCalendarTest.calendar;
    }

    static Instant at(String t) {
        return OffsetDateTime.parse(t).toInstant();
    }

    /** Proves SC-2.3 (docs/rules.md). */
    @Test
    void aCaseAcceptedBeforeNationalDayIsDueAfterItAtTheEndOfOfficeHours() {
        var t = POLICY.times(calendar, LocalDate.of(2026, 9, 30), 5, at("2026-09-30T10:00:00+08:00"));
        assertThat(t.dueDay()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(t.dueAt()).isEqualTo(at("2026-10-13T17:00:00+08:00"));
        assertThat(t.warnAt()).as("one working day left").isEqualTo(at("2026-10-12T17:00:00+08:00"));
    }

    @Test
    void aLongSpanWarnsWhenTwentyPercentRemain() {
        var t = POLICY.times(calendar, LocalDate.of(2026, 11, 2), 20, at("2026-11-02T10:00:00+08:00"));
        assertThat(t.dueDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.between(t.warnAt().atZone(SHANGHAI).toLocalDate(), t.dueDay())).isEqualTo(4);
    }

    @Test
    void aSameDayClockHasNoWarningBeforeItIsDue() {
        var t = POLICY.times(calendar, LocalDate.of(2026, 11, 25), 0, at("2026-11-25T10:00:00+08:00"));
        assertThat(t.dueAt()).isEqualTo(at("2026-11-25T17:00:00+08:00"));
        assertThat(t.warnAt()).isNull();
        var saturday = POLICY.times(calendar, LocalDate.of(2026, 11, 28), 0, at("2026-11-28T10:00:00+08:00"));
        assertThat(saturday.dueDay()).as("a transfer on a day off is due the next working day")
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aSameDayLimitStartedAfterOfficeHoursIsDueTheNextWorkingDay() {
        var evening = POLICY.times(calendar, LocalDate.of(2026, 11, 27), 0, at("2026-11-27T18:30:00+08:00"));
        assertThat(evening.dueAt()).isEqualTo(at("2026-11-30T17:00:00+08:00"));
    }

    @Test
    void aPauseCostsTheWorkingDaysItSpanned() {
        assertThat(POLICY.lostDays(calendar, at("2026-11-23T10:00:00+08:00"), at("2026-11-25T15:00:00+08:00")))
                .isEqualTo(2);
        assertThat(POLICY.lostDays(calendar, at("2026-11-23T10:00:00+08:00"), at("2026-11-23T16:00:00+08:00")))
                .as("paused and resumed the same day").isZero();
        assertThat(POLICY.lostDays(calendar, at("2026-09-30T10:00:00+08:00"), at("2026-10-08T10:00:00+08:00")))
                .as("the holiday costs nothing").isEqualTo(1);
    }

    @Test
    void overdueRemindersComeAtTheOpeningOfEachNextWorkingDay() {
        assertThat(POLICY.nextReminder(calendar, at("2026-11-27T17:30:00+08:00")))
                .isEqualTo(at("2026-11-30T09:00:00+08:00"));
    }
}
