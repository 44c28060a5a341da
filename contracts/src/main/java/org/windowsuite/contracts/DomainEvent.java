package org.windowsuite.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The envelope every event carries. Consumers deduplicate by {@link #eventId()} and drop events whose
 * {@link #version()} is not newer than what they hold for {@link #aggregateId()}; records are keyed by
 * aggregateId so one aggregate's events stay in order on one partition.
 */
public interface DomainEvent {
    UUID eventId();

    String type();

    long version();

    OffsetDateTime occurredAt();

    String aggregateId();
}
