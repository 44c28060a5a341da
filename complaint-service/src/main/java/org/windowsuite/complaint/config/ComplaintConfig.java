package org.windowsuite.complaint.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

@ConfigMapping(prefix = "complaint")
public interface ComplaintConfig {

    /** FI-4 time limits of a transfer, in working days (0: the same working day). */
    Limits transfer();

    /** Time limits for transfers of one kind of contact (e.g. REPORT), where they differ from {@link #transfer()}. */
    Map<String, Limits> transferByKind();

    /** Working days a department has to answer a routed complaint, and a poor rating's follow-up. */
    @WithDefault("5")
    int resolveDays();

    @WithDefault("5")
    int followUpDays();

    /** OTN-6: points a verified violation of each kind deducts; kinds not listed deduct {@code defaultPoints}. */
    Map<String, Integer> points();

    @WithDefault("1")
    int defaultPoints();

    interface Limits {
        @WithDefault("0")
        int acknowledgeDays();

        @WithDefault("1")
        int contactDays();

        @WithDefault("5")
        int resolveDays();
    }
}
