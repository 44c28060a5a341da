package org.windowsuite.roster.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageRuleTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    static final RosterDay ROSTER = new RosterDay("P01", DAY, "S001", "S002");

    static Instant at(String time) {
        return OffsetDateTime.parse("2026-12-02T" + time + ":00+08:00").toInstant();
    }

    static Absence away(String staff, String from, String to) {
        return new Absence(staff, at(from), at(to), AbsenceReason.LEAVE, null, at("08:00"), staff);
    }

    static Coverage decide(String time, List<Absence> a, List<Absence> b, List<StandIn> standIns) {
        return CoverageRule.decide(at(time), ROSTER, a, b, standIns, Set.of());
    }

    @Test
    void presentAHolderHoldsThePost() {
        Coverage c = decide("10:00", List.of(), List.of(), List.of());
        assertThat(c).isEqualTo(new Coverage(CoverageState.NORMAL, "S001", CoverageRole.A, null, null));
    }

    /** Proves AB-1 (docs/rules.md). */
    @Test
    void absentAHolderHandsThePostToBWithAsAuthority() {
        Coverage c = decide("10:00", List.of(away("S001", "09:00", "12:00")), List.of(), List.of());
        assertThat(c.state()).isEqualTo(CoverageState.COVERED);
        assertThat(c.holder()).isEqualTo("S002");
        assertThat(c.role()).isEqualTo(CoverageRole.B);
        assertThat(c.actingFor()).isEqualTo("S001");
        assertThat(c.until()).isEqualTo(at("12:00"));
    }

    /** Proves AB-4 (docs/rules.md). */
    @Test
    void coverageStartsAtTheFirstMinuteOfTheAbsence() {
        List<Absence> a = List.of(away("S001", "13:30", "17:00"));
        assertThat(decide("13:29", a, List.of(), List.of()).state()).isEqualTo(CoverageState.NORMAL);
        assertThat(decide("13:30", a, List.of(), List.of()).state()).isEqualTo(CoverageState.COVERED);
    }

    @Test
    void aHalfDayAbsenceEndsCoverageWhenAIsBack() {
        List<Absence> a = List.of(away("S001", "09:00", "12:00"));
        assertThat(decide("11:59", a, List.of(), List.of()).state()).isEqualTo(CoverageState.COVERED);
        assertThat(decide("12:00", a, List.of(), List.of()).state()).isEqualTo(CoverageState.NORMAL);
    }

    @Test
    void nextChangeOfANormalPostIsWhenAsPlannedAbsenceStarts() {
        Coverage c = decide("10:00", List.of(away("S001", "14:00", "16:00")), List.of(), List.of());
        assertThat(c.state()).isEqualTo(CoverageState.NORMAL);
        assertThat(c.until()).isEqualTo(at("14:00"));
    }

    /** Proves AB-3 (docs/rules.md). */
    @Test
    void aAndBBothAwayLeaveThePostEmpty() {
        Coverage c = decide("10:00", List.of(away("S001", "09:00", "12:00")), List.of(away("S002", "09:30", "11:00")),
                List.of());
        assertThat(c.state()).isEqualTo(CoverageState.EMPTY);
        assertThat(c.holder()).isNull();
        assertThat(c.role()).isEqualTo(CoverageRole.NONE);
        assertThat(c.until()).isEqualTo(at("11:00"));
    }

    @Test
    void overlappingAbsencesOfAAndBEmptyThePostOnlyWhileBothAreAway() {
        List<Absence> a = List.of(away("S001", "09:00", "12:00"));
        List<Absence> b = List.of(away("S002", "11:00", "15:00"));
        assertThat(decide("10:00", a, b, List.of()).state()).isEqualTo(CoverageState.COVERED);
        assertThat(decide("11:30", a, b, List.of()).state()).isEqualTo(CoverageState.EMPTY);
        assertThat(decide("12:30", a, b, List.of()).state()).isEqualTo(CoverageState.NORMAL);
    }

    @Test
    void bAwayWhileAIsPresentChangesNothing() {
        Coverage c = decide("10:00", List.of(), List.of(away("S002", "09:00", "17:00")), List.of());
        assertThat(c.state()).isEqualTo(CoverageState.NORMAL);
        assertThat(c.holder()).isEqualTo("S001");
    }

    @Test
    void aStandInNamedForAnEmptyPostHoldsItForA() {
        StandIn standIn = new StandIn("P01", "S009", at("10:05"), at("17:00"), "S004");
        List<Absence> a = List.of(away("S001", "09:00", "12:00"));
        List<Absence> b = List.of(away("S002", "09:00", "12:00"));
        assertThat(decide("10:00", a, b, List.of(standIn)).state()).isEqualTo(CoverageState.EMPTY);
        Coverage c = decide("10:10", a, b, List.of(standIn));
        assertThat(c.state()).isEqualTo(CoverageState.STAND_IN);
        assertThat(c.holder()).isEqualTo("S009");
        assertThat(c.actingFor()).isEqualTo("S001");
    }

    @Test
    void aStandInDoesNotDisplaceAPresentAOrB() {
        StandIn standIn = new StandIn("P01", "S009", at("09:00"), at("17:00"), "S004");
        assertThat(decide("10:00", List.of(), List.of(), List.of(standIn)).holder()).isEqualTo("S001");
        assertThat(decide("10:00", List.of(away("S001", "09:00", "12:00")), List.of(), List.of(standIn)).holder())
                .isEqualTo("S002");
    }

    @Test
    void aCancelledAbsenceIsIgnored() {
        Absence cancelled = away("S001", "09:00", "12:00");
        cancelled.cancelled = true;
        assertThat(decide("10:00", List.of(cancelled), List.of(), List.of()).state()).isEqualTo(CoverageState.NORMAL);
    }

    @Test
    void anInactiveAHolderCountsAsAway() {
        Coverage c = CoverageRule.decide(at("10:00"), ROSTER, List.of(), List.of(), List.of(), Set.of("S001"));
        assertThat(c.state()).isEqualTo(CoverageState.COVERED);
    }

    @Test
    void aDayWithoutRosterIsUnstaffed() {
        Coverage c = CoverageRule.decide(at("10:00"), null, List.of(), List.of(), List.of(), Set.of());
        assertThat(c.state()).isEqualTo(CoverageState.UNSTAFFED);
        assertThat(c.role()).isEqualTo(CoverageRole.NONE);
    }

    @Test
    void aChangeOfPlannedEndAloneIsTheSameHolding() {
        Coverage a = new Coverage(CoverageState.COVERED, "S002", CoverageRole.B, "S001", at("12:00"));
        Coverage b = new Coverage(CoverageState.COVERED, "S002", CoverageRole.B, "S001", at("15:00"));
        assertThat(a.sameHolding(b)).isTrue();
        assertThat(a.sameHolding(new Coverage(CoverageState.NORMAL, "S001", CoverageRole.A, null, null))).isFalse();
    }

    @Test
    void absenceStatesFollowTheClock() {
        Absence a = away("S001", "09:00", "12:00");
        assertThat(a.state(at("08:00"))).isEqualTo("PLANNED");
        assertThat(a.state(at("09:00"))).isEqualTo("ACTIVE");
        assertThat(a.state(at("12:00"))).isEqualTo("ENDED");
    }
}
