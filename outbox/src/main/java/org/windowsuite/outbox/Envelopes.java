package org.windowsuite.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.windowsuite.common.OfficeConfig;

/**
 * Builds every event's envelope: a fresh event id, the type, the aggregate's own version, when it happened in the
 * office zone, and the aggregate id the event is keyed by. The versioning rule is the one {@code DomainEvent}
 * documents: the aggregate's own version counted from 1, one more for each event it publishes.
 */
@ApplicationScoped
public class Envelopes {

    private final Clock clock;
    private final OfficeConfig office;

    public Envelopes(Clock clock, OfficeConfig office) {
        this.clock = clock;
        this.office = office;
    }

    /** An event happening now. */
    public Envelope of(String type, String aggregateId, long version) {
        return at(type, aggregateId, version, clock.instant());
    }

    /** An event that happened at a moment the aggregate recorded (an alarm raised, say). */
    public Envelope at(String type, String aggregateId, long version, Instant occurredAt) {
        if (version < 1) {
            throw new IllegalArgumentException(type + " of " + aggregateId + ": versions count from 1, not " + version);
        }
        if (aggregateId == null || aggregateId.isBlank()) {
            throw new IllegalArgumentException(type + " without an aggregate id");
        }
        return new Envelope(UUID.randomUUID(), type, version, office.at(occurredAt), aggregateId);
    }

    /** A moment of the event's body, in the office zone like the envelope's. */
    public OffsetDateTime local(Instant instant) {
        return office.at(instant);
    }
}
