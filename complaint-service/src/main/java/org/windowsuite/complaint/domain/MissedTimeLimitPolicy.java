package org.windowsuite.complaint.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * FI-8, OTN-6: a time limit that passed is a candidate entry against whoever held the clock then — a transfer's
 * acknowledgement missed, or a case or contact overdue. Held by B while covering, it counts against B, recorded
 * with whom B acted for (AB-5). A clock nobody held names nobody and is no candidate; other alerts are none.
 */
public final class MissedTimeLimitPolicy {

    public static final String OVERDUE = "OVERDUE";
    public static final String MISSED_ACKNOWLEDGEMENT = "MISSED_ACKNOWLEDGEMENT";

    /** A deadline-service announcement, as far as accountability cares. */
    public record Alert(String alert, String subjectType, String subjectId, String clockKind, OffsetDateTime dueAt,
            String holder, String actingFor, String department, UUID eventId, Instant occurredAt) {
    }

    private MissedTimeLimitPolicy() {
    }

    public static Optional<Ledger.Candidate> candidate(Alert a) {
        if (!applies(a.alert(), a.holder())) {
            return Optional.empty();
        }
        String kind = "ACKNOWLEDGE".equals(a.clockKind()) ? MISSED_ACKNOWLEDGEMENT : OVERDUE;
        return Optional.of(new Ledger.Candidate(kind, a.holder(), a.actingFor(), a.department(), a.subjectType(),
                a.subjectId(), a.subjectType() + " " + a.subjectId() + ": the " + a.clockKind() + " time limit, due "
                        + a.dueAt() + ", passed while " + a.holder() + " held it"
                        + (a.actingFor() == null ? "" : " acting for " + a.actingFor()),
                a.eventId(), a.occurredAt()));
    }

    /** Only a time limit that passed while somebody held it makes a candidate. */
    public static boolean applies(String alert, String holder) {
        return OVERDUE.equals(alert) && holder != null;
    }

    /** The kinds of entry that are a missed time limit, counted apart on the accountability report. */
    public static boolean isMissedTimeLimit(String kind) {
        return OVERDUE.equals(kind) || MISSED_ACKNOWLEDGEMENT.equals(kind);
    }
}
