package org.windowsuite.testing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** In tests the services read time from a {@link MutableClock} (it replaces their default system clock). */
@Singleton
public class TestClockProducer {

    @Produces
    @Singleton
    MutableClock clock(@ConfigProperty(name = "office.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        return new MutableClock(zone);
    }
}
