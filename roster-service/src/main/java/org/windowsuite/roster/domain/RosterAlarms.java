package org.windowsuite.roster.domain;

import java.util.List;

/** The alarms supervisors must act on; persistence implements it. */
public interface RosterAlarms {

    void add(RosterAlarm alarm);

    /** The post's unresolved alarms of a kind. */
    List<RosterAlarm> open(String postId, String kind);

    /** Unresolved alarms newest first, or, without {@code openOnly}, the latest 200 of all. */
    List<RosterAlarm> recent(boolean openOnly);
}
