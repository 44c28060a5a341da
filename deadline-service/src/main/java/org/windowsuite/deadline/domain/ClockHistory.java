package org.windowsuite.deadline.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happened to a clock besides its own row: pauses, extensions, and the transitions already announced. */
public interface ClockHistory {

    record Pause(Instant pausedAt, Instant resumedAt, String reason, Integer lostDays) {
    }

    record Extension(int days, String reason, String grantedBy, Instant grantedAt) {
    }

    void paused(UUID clockId, Instant at, String reason);

    void resumed(UUID clockId, Instant at, int lostDays);

    void extended(UUID clockId, int days, String reason, String grantedBy, Instant at);

    /** Claims a transition (a WARNING, an OVERDUE, a day's REMINDER) once: false if it was claimed already. */
    boolean claim(UUID clockId, String transition, Instant at);

    List<Pause> pauses(UUID clockId);

    List<Extension> extensions(UUID clockId);
}
