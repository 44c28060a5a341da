package org.windowsuite.roster.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** AB-4/AB-5: the staff's registered absences; persistence implements it. */
public interface Absences {

    /** The absence, or null. */
    Absence byId(UUID id);

    void add(Absence absence);

    /** Non-cancelled absences of a staff member that overlap [from, to), by start. */
    List<Absence> overlapping(String staffId, Instant from, Instant to);

    /** Everyone's non-cancelled absences that overlap [from, to), by start. */
    List<Absence> overlappingAny(Instant from, Instant to);

    /** A staff member's absences, newest first. */
    List<Absence> ofStaff(String staffId);
}
