package org.windowsuite.common;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Every service reads time from this clock, never from {@code now()} directly, so tests can move it. */
@ApplicationScoped
public class ClockProducer {

    // a singleton, not a client proxy: callers must see the AdjustableClock itself
    @Produces
    @DefaultBean
    @Singleton
    Clock clock(OfficeConfig office) {
        Clock system = Clock.system(office.zone());
        return office.adjustableClock() ? new AdjustableClock(system) : system;
    }
}
