package org.windowsuite.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A staff member created or changed in roster-service. Aggregate: the staff member; rank orders seniority (FI-1). */
public record StaffChanged(
        UUID eventId,
        String type,
        long version,
        OffsetDateTime occurredAt,
        String aggregateId,
        String staffId,
        String name,
        String department,
        int rank,
        boolean active) implements DomainEvent {

    public static final String TYPE = "StaffChanged";
}
