package org.windowsuite.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.windowsuite.complaint.domain.LedgerReport.Entry;
import org.windowsuite.complaint.domain.Violation.State;

class LedgerReportTest {

    static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    static Entry entry(LocalDate day, String staff, String kind, State state, int points) {
        return new Entry(day, staff, "D01", kind, state, points);
    }

    /** Proves OTN-6 (docs/rules.md). */
    @Test
    void onlyVerifiedEntriesDeductPointsAndDismissedOnesCountForNothing() {
        List<LedgerReport.StaffRow> rows = LedgerReport.byStaff(List.of(
                entry(NOV_2, "S001", "OVERDUE", State.VERIFIED, 2),
                entry(NOV_2, "S001", "MISSING_HANDOVER", State.CANDIDATE, 1),
                entry(NOV_2, "S001", "OVERDUE", State.DISMISSED, 2),
                entry(NOV_2, "S002", "COMPLAINT_UPHELD", State.VERIFIED, 3)));
        assertThat(rows).containsExactly(
                new LedgerReport.StaffRow("S002", "D01", 0, 1, 3, 0),
                new LedgerReport.StaffRow("S001", "D01", 1, 1, 2, 1));
    }

    @Test
    void aMonthIsChartedByDayWithMissedTimeLimitsCounted() {
        List<LedgerReport.Period> days = LedgerReport.overTime(List.of(
                entry(NOV_2, "S001", "OVERDUE", State.VERIFIED, 2),
                entry(NOV_2, "S002", "MISSED_ACKNOWLEDGEMENT", State.CANDIDATE, 1),
                entry(NOV_2.plusDays(3), "S001", "EMPTY_POST", State.VERIFIED, 1)), NOV_2, NOV_2.plusDays(29));
        assertThat(days).hasSize(30);
        assertThat(days.get(0)).isEqualTo(new LedgerReport.Period(NOV_2, "11-02", 2, 2));
        assertThat(days.get(3)).isEqualTo(new LedgerReport.Period(NOV_2.plusDays(3), "11-05", 1, 0));
    }

    @Test
    void aQuarterIsChartedByWeekFromMondayAndAYearByMonth() {
        LocalDate wednesday = LocalDate.of(2026, 11, 4);
        List<LedgerReport.Period> weeks = LedgerReport.overTime(
                List.of(entry(wednesday, "S001", "OVERDUE", State.VERIFIED, 2)), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31));
        assertThat(weeks).filteredOn(p -> p.points() > 0).containsExactly(
                new LedgerReport.Period(NOV_2, "11-02", 2, 1));
        List<LedgerReport.Period> months = LedgerReport.overTime(List.of(), LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 12, 31));
        assertThat(months).extracting(LedgerReport.Period::label).startsWith("2026-01", "2026-02").endsWith("2026-12");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> LedgerReport.overTime(List.of(), NOV_2, NOV_2.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
