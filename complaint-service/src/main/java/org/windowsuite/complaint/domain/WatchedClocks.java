package org.windowsuite.complaint.domain;

import java.util.List;
import java.util.UUID;

/** The deadline clocks of open matters, as deadline-service announced them; persistence implements it. */
public interface WatchedClocks {

    /** The clock, or null. */
    WatchedClock byId(WatchedClock.Key key);

    void add(WatchedClock clock);

    void remove(WatchedClock clock);

    /** Clocks at WARNING or OVERDUE. */
    List<WatchedClock> hot();

    /** Clocks at OVERDUE. */
    List<WatchedClock> overdue();

    List<WatchedClock> ofContact(UUID contactId);
}
