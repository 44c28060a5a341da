package org.windowsuite.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something happened to an application or case in intake-service. Aggregate: the application id; version grows
 * with every change of it.
 *
 * @param change       RECEIVED, ACCEPTED, INCOMPLETE, REFUSED, REFERRED, PAUSED, RESUMED, COMPLETED, WITHDRAWN,
 *                     REASSIGNED, EXTENDED
 * @param acceptedAt   when the materials were complete and the clocks start (SC-2.4); null before acceptance
 * @param promisedDays promised time limit in working days (承诺时限)
 * @param statutoryDays statutory time limit in working days (法定时限)
 * @param maxExtensionDays the legal maximum extension of the statutory limit for the item
 * @param handler      who holds the case now; {@code actingFor} whose authority they carry (AB-5)
 * @param reason       why (pause reason, extension reason, refusal ground …)
 * @param days         working days granted by an EXTENDED change
 */
public record CaseChanged(
        UUID eventId,
        String type,
        long version,
        OffsetDateTime occurredAt,
        String aggregateId,
        String change,
        String caseNumber,
        String serviceItemCode,
        String department,
        String postId,
        String handler,
        String actingFor,
        OffsetDateTime acceptedAt,
        Integer promisedDays,
        Integer statutoryDays,
        Integer maxExtensionDays,
        String reason,
        Integer days) implements DomainEvent {

    public static final String TYPE = "CaseChanged";
}
