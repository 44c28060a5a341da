package org.windowsuite.roster.domain;

import java.time.LocalDate;
import java.util.List;

/** AB-1: the ranges a roster was set for on working days only, re-derived when the calendar changes. */
public interface RosterRanges {

    /** Stores the range and gives it its id. */
    void add(RosterRange range);

    /** Ranges with a day in [from, to], newest first: where two ranges cover a day, the newer one set it. */
    List<RosterRange> overlapping(LocalDate from, LocalDate to);
}
