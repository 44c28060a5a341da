package org.windowsuite.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A possible breach for the accountability ledger (OTN-6, FI-8); a complaint officer verifies or dismisses it.
 * Aggregate: the subject (case, contact, post) it is about.
 *
 * @param kind      REPEATED_DEMAND, OVERDUE, MISSED_ACKNOWLEDGEMENT, MISSING_HANDOVER, EMPTY_POST …
 * @param staffId   who it counts against (AB-5: the B holder for acts done while covering)
 * @param actingFor whose authority they carried then, if any
 */
public record ViolationCandidate(
        UUID eventId,
        String type,
        long version,
        OffsetDateTime occurredAt,
        String aggregateId,
        String kind,
        String staffId,
        String actingFor,
        String department,
        String subjectType,
        String subjectId,
        String evidence) implements DomainEvent {

    public static final String TYPE = "ViolationCandidate";
}
