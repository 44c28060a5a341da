package org.windowsuite.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** OTN-6, FI-8: which announcements of the other services become candidate entries, against whom. */
class AccountabilityCandidatePoliciesTest {

    static final Instant AT = Instant.parse("2026-12-02T02:00:00Z");
    static final OffsetDateTime DUE = OffsetDateTime.parse("2026-12-01T17:00:00+08:00");

    static MissedTimeLimitPolicy.Alert alert(String alert, String clockKind, String holder, String actingFor) {
        return new MissedTimeLimitPolicy.Alert(alert, "CASE", "c1", clockKind, DUE, holder, actingFor, "D01",
                UUID.randomUUID(), AT);
    }

    /** FI-8, AB-5: a case overdue while B covered counts against B, with whom B acted for. */
    @Test
    void anOverdueClockIsACandidateAgainstItsHolderActingForWhoever() {
        Ledger.Candidate c = MissedTimeLimitPolicy.candidate(alert("OVERDUE", "STATUTORY", "B1", "A1")).orElseThrow();
        assertThat(c.kind()).isEqualTo("OVERDUE");
        assertThat(c.staffId()).isEqualTo("B1");
        assertThat(c.actingFor()).isEqualTo("A1");
        assertThat(c.evidence()).contains("STATUTORY time limit", "passed while B1 held it", "acting for A1");
        assertThat(c.occurredAt()).isEqualTo(AT);
    }

    /** FI-4, FI-8: a transfer not acknowledged in time is its own kind of entry. */
    @Test
    void aMissedAcknowledgementIsACandidateOfItsOwnKind() {
        assertThat(MissedTimeLimitPolicy.candidate(alert("OVERDUE", "ACKNOWLEDGE", "R1", null)))
                .hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo("MISSED_ACKNOWLEDGEMENT"));
    }

    @Test
    void warningsRemindersAndClocksNobodyHeldAreNoCandidates() {
        for (String other : List.of("SCHEDULED", "WARNING", "REMINDER", "STOPPED")) {
            assertThat(MissedTimeLimitPolicy.candidate(alert(other, "STATUTORY", "A1", null))).as(other).isEmpty();
        }
        assertThat(MissedTimeLimitPolicy.candidate(alert("OVERDUE", "STATUTORY", null, null))).isEmpty();
    }

    @Test
    void onlyOverdueAndMissedAcknowledgementCountAsMissedTimeLimits() {
        assertThat(MissedTimeLimitPolicy.isMissedTimeLimit("OVERDUE")).isTrue();
        assertThat(MissedTimeLimitPolicy.isMissedTimeLimit("MISSED_ACKNOWLEDGEMENT")).isTrue();
        assertThat(MissedTimeLimitPolicy.isMissedTimeLimit("REPEATED_DEMAND")).isFalse();
        assertThat(MissedTimeLimitPolicy.isMissedTimeLimit("EMPTY_POST")).isFalse();
    }

    /** AB-3, OTN-6: an empty post counts against its A holder, naming both holders in the evidence. */
    @Test
    void anEmptyPostIsACandidateAgainstItsAHolder() {
        Ledger.Candidate c = PostDutyPolicy.candidate(new PostDutyPolicy.Alarm("EMPTY_POST", "P1", "D01", null, "A1",
                "B1", "AB-3: both away", UUID.randomUUID(), AT)).orElseThrow();
        assertThat(c.staffId()).isEqualTo("A1");
        assertThat(c.subjectType()).isEqualTo("POST");
        assertThat(c.subjectId()).isEqualTo("P1");
        assertThat(c.evidence()).isEqualTo("AB-3: both away (A A1, B B1)");
    }

    /** AB-4, OTN-6: a missing handover counts against the absent holder who owed it. */
    @Test
    void aMissingHandoverIsACandidateAgainstWhoOwedIt() {
        Ledger.Candidate c = PostDutyPolicy.candidate(new PostDutyPolicy.Alarm("MISSING_HANDOVER", "P1", "D01", "A1",
                "A1", "B1", "AB-4: no handover", UUID.randomUUID(), AT)).orElseThrow();
        assertThat(c.staffId()).isEqualTo("A1");
        assertThat(c.evidence()).isEqualTo("AB-4: no handover");
    }

    @Test
    void anAlarmThatNamesNobodyIsNoCandidate() {
        assertThat(PostDutyPolicy.candidate(new PostDutyPolicy.Alarm("MISSING_HANDOVER", "P1", "D01", null, "A1",
                "B1", "no handover", UUID.randomUUID(), AT))).isEmpty();
        assertThat(PostDutyPolicy.candidate(new PostDutyPolicy.Alarm("EMPTY_POST", "P1", "D01", null, null, null,
                "empty", UUID.randomUUID(), AT))).isEmpty();
    }

    /** OTN-6: only a verified entry deducts points. */
    @Test
    void onlyAVerifiedEntryDeductsItsPoints() {
        assertThat(Violation.deductedPoints(Violation.State.VERIFIED, 3)).isEqualTo(3);
        assertThat(Violation.deductedPoints(Violation.State.VERIFIED, null)).isZero();
        assertThat(Violation.deductedPoints(Violation.State.CANDIDATE, 3)).isZero();
        assertThat(Violation.deductedPoints(Violation.State.DISMISSED, 3)).isZero();
    }
}
