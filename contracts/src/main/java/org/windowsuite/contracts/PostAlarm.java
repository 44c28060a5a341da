package org.windowsuite.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something supervisors must act on at once (AB-3 empty post) or that the accountability ledger should weigh
 * (AB-4 missing or late handover). Aggregate: the post.
 *
 * @param kind     EMPTY_POST, MISSING_HANDOVER, LATE_HANDOVER
 * @param staffId  who the alarm concerns (the absent A holder), null for an empty post
 */
public record PostAlarm(
        UUID eventId,
        String type,
        long version,
        OffsetDateTime occurredAt,
        String aggregateId,
        String kind,
        String postId,
        String department,
        String staffId,
        String aHolder,
        String bHolder,
        String detail) implements DomainEvent {

    public static final String TYPE = "PostAlarm";
}
