package org.windowsuite.deadline.domain;

import java.util.List;

/** Where each calendar year came from, as the domain asks for it; persistence implements it. */
public interface CalendarSources {

    /** The year's source, or null before it was first loaded. */
    CalendarSource byYear(int year);

    /** Every year loaded, in order. */
    List<CalendarSource> all();

    void add(CalendarSource source);

    /** Holds the year until the transaction ends, so replicas seeding at the same start never interleave versions. */
    void lockYear(int year);

    /** The latest version of the year loaded so far; 0 before the first. */
    long latestVersion(int year);
}
