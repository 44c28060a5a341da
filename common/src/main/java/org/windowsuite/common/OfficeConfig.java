package org.windowsuite.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
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

    /** A moment as the office reads it: in its zone (null stays null). */
    default OffsetDateTime at(Instant moment) {
        return moment == null ? null : moment.atZone(zone()).toOffsetDateTime();
    }

    /** Lets an administrator move the clock (system tests and rehearsals); never on in production. */
    @WithDefault("false")
    boolean adjustableClock();
}
