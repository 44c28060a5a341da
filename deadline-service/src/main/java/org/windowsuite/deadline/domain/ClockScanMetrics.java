package org.windowsuite.deadline.domain;

import java.time.Duration;

/** Where the clock scan reports what a tick cost and how many clocks it looked at (bench/run step 4). */
public interface ClockScanMetrics {

    void scanned(Duration took, long clocks);
}
