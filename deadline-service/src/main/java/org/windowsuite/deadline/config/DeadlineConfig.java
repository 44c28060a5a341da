package org.windowsuite.deadline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "deadline")
public interface DeadlineConfig {

    /** How often due clocks are looked at (the scan reads only clocks whose next check has come). */
    @WithDefault("10s")
    String tick();

    Warning warning();

    Calendar calendar();

    interface Warning {
        /** WARNING when this many working days remain ... */
        @WithDefault("1")
        int days();

        /** ... or this share of the span, whichever comes first. */
        @WithDefault("0.2")
        double fraction();
    }

    interface Calendar {
        /** Load the shipped holiday-cn years on the first start with an empty calendar. */
        @WithDefault("true")
        boolean seedShippedYears();

        /**
         * A directory of holiday-cn files, {@code <year>.json} (on Kubernetes: the working-day-calendar ConfigMap
         * mounted as a volume), loaded at start and whenever a file changes.
         */
        java.util.Optional<String> directory();

        /** How often the directory is looked at. */
        @WithDefault("30s")
        String watchEvery();
    }
}
