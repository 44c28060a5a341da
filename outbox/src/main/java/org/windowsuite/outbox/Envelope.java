package org.windowsuite.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The envelope fields every event record starts with (see {@code org.windowsuite.contracts.DomainEvent}), built in
 * one place by {@link Envelopes} so every producer follows the same rules for ids, times and versions.
 */
public record Envelope(UUID eventId, String type, long version, OffsetDateTime occurredAt, String aggregateId) {
}
