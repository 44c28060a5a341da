package org.windowsuite.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;
import java.time.ZoneId;

/** The office's own time: its zone and its office hours. */
@ConfigMapping(prefix = "office")
public interface OfficeConfig {

    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    @WithDefault("09:00")
    LocalTime opens();

    @WithDefault("17:00")
    LocalTime closes();

    /** Lets an administrator move the clock (system tests and rehearsals); never on in production. */
    @WithDefault("false")
    boolean adjustableClock();
}
