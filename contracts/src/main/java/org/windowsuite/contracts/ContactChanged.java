package org.windowsuite.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A first-inquiry contact or complaint changed in complaint-service (FI-1..FI-7). Aggregate: the contact id.
 *
 * @param change      REGISTERED, TRANSFERRED, ACKNOWLEDGED, CONTACTED, RESOLVED, ROUTED, ANSWERED, CLOSED
 * @param transferId  the transfer a TRANSFERRED, ACKNOWLEDGED or CONTACTED change is about
 * @param responsible who must act now (the transfer's receiver, or the owner); {@code actingFor} when covering
 * @param ackDays     working days to acknowledge a transfer (0: the same working day)
 * @param contactDays working days to contact the client
 * @param resolveDays working days to resolve
 */
public record ContactChanged(
        UUID eventId,
        String type,
        long version,
        OffsetDateTime occurredAt,
        String aggregateId,
        String change,
        String transferId,
        String kind,
        String department,
        String owner,
        String responsible,
        String actingFor,
        Integer ackDays,
        Integer contactDays,
        Integer resolveDays) implements DomainEvent {

    public static final String TYPE = "ContactChanged";
}
