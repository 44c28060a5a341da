package org.windowsuite.complaint.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.windowsuite.complaint.domain.MissedTimeLimitPolicy;
import org.windowsuite.contracts.DeadlineAlert;

/** Which deadline alerts complaint-service passes over without a transaction (issue 15), and that none it needs is. */
class LedgerSourcesTest {

    private static final String[] ALERTS = {"STARTED", "WARNING", "OVERDUE", "RETIMED", "PAUSED", "STOPPED"};

    static DeadlineAlert alert(String alert, String subjectType, String holder) {
        OffsetDateTime now = OffsetDateTime.now();
        return new DeadlineAlert(UUID.randomUUID(), DeadlineAlert.TYPE, 1, now, UUID.randomUUID().toString(), alert,
                subjectType, UUID.randomUUID().toString(), "PROMISED", "ON_TRACK", now, null, "D01", "P01", holder,
                null, false);
    }

    @Test
    void aCaseClockStartingIsPassedOver() {
        assertThat(LedgerSources.concernsComplaints(alert("STARTED", "CASE", "S001"))).isFalse();
        assertThat(LedgerSources.concernsComplaints(alert("WARNING", "CASE", "S001"))).isFalse();
    }

    @Test
    void everyComplaintOrTransferClockIsFollowed() {
        for (String a : ALERTS) {
            assertThat(LedgerSources.concernsComplaints(alert(a, "COMPLAINT", null))).as(a).isTrue();
            assertThat(LedgerSources.concernsComplaints(alert(a, "TRANSFER", "S001"))).as(a).isTrue();
        }
    }

    /** OTN-6, FI-8: a case's missed time limit still reaches the ledger. */
    @Test
    void everyAlertThatMakesALedgerCandidateIsApplied() {
        for (String a : ALERTS) {
            for (String subjectType : new String[] {"CASE", "COMPLAINT", "TRANSFER", "APPOINTMENT"}) {
                for (String holder : new String[] {null, "S001"}) {
                    DeadlineAlert alert = alert(a, subjectType, holder);
                    boolean candidate = MissedTimeLimitPolicy.candidate(new MissedTimeLimitPolicy.Alert(alert.alert(),
                            subjectType, alert.subjectId(), alert.clockKind(), alert.dueAt(), holder, null, "D01",
                            alert.eventId(), alert.occurredAt().toInstant())).isPresent();
                    if (candidate) {
                        assertThat(LedgerSources.concernsComplaints(alert)).as(a + " " + subjectType).isTrue();
                    }
                }
            }
        }
        assertThat(LedgerSources.concernsComplaints(alert("OVERDUE", "CASE", "S001"))).isTrue();
    }
}
