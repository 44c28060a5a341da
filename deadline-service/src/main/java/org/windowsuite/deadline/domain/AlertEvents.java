package org.windowsuite.deadline.domain;

import java.time.Instant;

/** Where clock changes are announced (deadline.alerts.v1); implemented through the outbox. */
public interface AlertEvents {
    void alert(DeadlineClock clock, String alert, Instant previousDueAt);
}
