package org.windowsuite.roster.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * AB-1, AB-3, AB-5: who holds a post at instant {@code t}. A holds it when present; while A is away B holds it
 * carrying A's authority; when both are away the post is EMPTY unless a supervisor named a stand-in.
 * Coverage starts the moment the absence starts, whether or not A handed over (AB-4).
 */
public final class CoverageRule {

    private CoverageRule() {
    }

    /**
     * @param day        the post's roster for t's day, or null when the day has no roster
     * @param absencesOfA A's absences around t (any may be irrelevant; cancelled ones are ignored)
     * @param absencesOfB B's absences around t
     * @param standIns   stand-ins named for the post
     * @param inactive   holders no longer active count as away
     */
    public static Coverage decide(Instant t, RosterDay day, List<Absence> absencesOfA, List<Absence> absencesOfB,
            List<StandIn> standIns, java.util.Set<String> inactive) {
        if (day == null || day.aHolder == null) {
            return new Coverage(CoverageState.UNSTAFFED, null, CoverageRole.NONE, null, null);
        }
        boolean aAway = inactive.contains(day.aHolder) || away(t, absencesOfA);
        boolean bAway = day.bHolder == null || inactive.contains(day.bHolder) || away(t, absencesOfB);
        Instant until = nextBoundary(t, absencesOfA, absencesOfB, standIns);
        if (!aAway) {
            return new Coverage(CoverageState.NORMAL, day.aHolder, CoverageRole.A, null, until);
        }
        if (!bAway) {
            return new Coverage(CoverageState.COVERED, day.bHolder, CoverageRole.B, day.aHolder, until);
        }
        Optional<StandIn> standIn = standIns.stream().filter(s -> s.covers(t)).findFirst();
        return standIn
                .map(s -> new Coverage(CoverageState.STAND_IN, s.staffId, CoverageRole.STAND_IN, day.aHolder, until))
                .orElseGet(() -> new Coverage(CoverageState.EMPTY, null, CoverageRole.NONE, day.aHolder, until));
    }

    private static boolean away(Instant t, List<Absence> absences) {
        return absences.stream().anyMatch(a -> a.covers(t));
    }

    /** The next instant after t at which an absence or stand-in starts or ends: coverage may change there. */
    static Instant nextBoundary(Instant t, List<Absence> a, List<Absence> b, List<StandIn> standIns) {
        Stream<Instant> absenceBounds = Stream.concat(a.stream(), b.stream())
                .filter(x -> !x.cancelled)
                .flatMap(x -> Stream.of(x.startsAt, x.endsAt));
        Stream<Instant> standInBounds = standIns.stream().flatMap(s -> Stream.of(s.startsAt, s.endsAt));
        return Stream.concat(absenceBounds, standInBounds).filter(i -> i.isAfter(t)).min(Instant::compareTo)
                .orElse(null);
    }
}
