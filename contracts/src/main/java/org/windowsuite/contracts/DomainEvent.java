package org.windowsuite.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The envelope every event carries. Consumers deduplicate by {@link #eventId()} and drop events whose
 * {@link #version()} is not newer than what they hold for {@link #aggregateId()}; records are keyed by
 * aggregateId so one aggregate's events stay in order on one partition.
 *
 * <p>One versioning rule for every event: {@code version} is the aggregate's own version, counted from 1 and one
 * more for each event the aggregate publishes — an application's or a contact's event counter, a staff member's
 * or a post's coverage version, a clock's alert count, a calendar year's publication count. A one-off event that
 * is never superseded (a {@link PostAlarm}, a {@link ViolationCandidate}) is version 1, and its consumers take
 * each once by its event id. The envelope is built in one place (the outbox module's {@code Envelopes}).
 */
public interface DomainEvent {
    UUID eventId();

    String type();

    long version();

    OffsetDateTime occurredAt();

    String aggregateId();
}
