package org.windowsuite.common;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Every service reads time from this clock, never from {@code now()} directly, so tests can move it. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(OfficeConfig office) {
        return Clock.system(office.zone());
    }
}
