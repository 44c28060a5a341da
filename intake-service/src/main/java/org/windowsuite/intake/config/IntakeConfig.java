package org.windowsuite.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "intake")
public interface IntakeConfig {

    /** WP-8: closed cases become read-only archive records after this long. */
    @WithDefault("P90D")
    Duration archiveAfter();
}
