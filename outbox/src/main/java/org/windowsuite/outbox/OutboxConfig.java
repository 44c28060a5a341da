package org.windowsuite.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** How often the relay looks for unpublished events besides the wake-up after each commit (catch-up). */
    @WithDefault("1s")
    String relayInterval();

    /** Events published per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long published events are kept for operators before the relay deletes them. */
    @WithDefault("P7D")
    Duration retention();

    /** How long the relay waits for the broker's acknowledgement of a batch. */
    @WithDefault("PT15S")
    Duration sendTimeout();
}
