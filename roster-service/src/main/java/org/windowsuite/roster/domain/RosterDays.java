package org.windowsuite.roster.domain;

import java.time.LocalDate;
import java.util.List;

/** AB-1: who is A and B of a post on a day; persistence implements it. */
public interface RosterDays {

    /** The post's day, or null when nobody is rostered. */
    RosterDay of(String postId, LocalDate day);

    /** The post's rostered days in [from, to], in order. */
    List<RosterDay> between(String postId, LocalDate from, LocalDate to);

    /** The days in [from, to] a range set. */
    List<RosterDay> ofRange(long rangeId, LocalDate from, LocalDate to);

    /** Every post's roster on {@code day}. */
    List<RosterDay> onDay(LocalDate day);

    /** Posts whose A or B on {@code day} is {@code staffId}: their coverage depends on that person. */
    List<String> postsHeldBy(String staffId, LocalDate day);

    void add(RosterDay day);

    void remove(RosterDay day);
}
