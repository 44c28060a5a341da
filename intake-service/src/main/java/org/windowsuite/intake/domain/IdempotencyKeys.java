package org.windowsuite.intake.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The Idempotency-Keys of applications: which request each key was used for and what it made. */
public interface IdempotencyKeys {

    /** What a key was first used for. */
    record Use(String requestHash, UUID applicationId) {
    }

    Optional<Use> find(String key);

    void remember(String key, String requestHash, UUID applicationId, Instant at);
}
