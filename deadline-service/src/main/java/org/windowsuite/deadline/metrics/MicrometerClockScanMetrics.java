package org.windowsuite.deadline.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.windowsuite.deadline.domain.ClockScanMetrics;

/** The clock scan's figures in /q/metrics: {@code window_clock_tick_seconds_*}, {@code window_clock_tick_clocks_total}. */
@ApplicationScoped
public class MicrometerClockScanMetrics implements ClockScanMetrics {

    private final Timer tickTime;
    private final Counter tickClocks;

    public MicrometerClockScanMetrics(MeterRegistry meters) {
        this.tickTime = Timer.builder("window_clock_tick").description("one scan of the clocks whose check is due")
                .register(meters);
        this.tickClocks = Counter.builder("window_clock_tick_clocks").description("clocks the scans evaluated")
                .register(meters);
    }

    @Override
    public void scanned(Duration took, long clocks) {
        tickTime.record(took);
        tickClocks.increment(clocks);
    }
}
