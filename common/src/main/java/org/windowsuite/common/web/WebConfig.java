package org.windowsuite.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The pages (complaint center console, window workbench): who may sign in how. */
@ConfigMapping(prefix = "window.web")
public interface WebConfig {

    DevSignIn devSignIn();

    /**
     * Sign-in by picking a demo staff member: the local stack and tests only. Production signs in through the
     * organisation's identity provider (OIDC code flow), and this stays off.
     */
    interface DevSignIn {

        @WithDefault("false")
        boolean enabled();

        @WithDefault("8h")
        Duration validity();

        /** Demo people offered for a quick pick, each "STAFF_ID role[+role]". */
        Optional<List<String>> people();
    }
}
