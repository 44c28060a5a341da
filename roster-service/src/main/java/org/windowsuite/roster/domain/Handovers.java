package org.windowsuite.roster.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** AB-4: the handovers absences owe; persistence implements it. */
public interface Handovers {

    void add(Handover handover);

    /** The absence's handovers, by post. */
    List<Handover> ofAbsence(UUID absenceId);

    /** Owed handovers whose due time has passed without one, locked; rows another replica holds are skipped. */
    List<Handover> overdue(Instant now);

    /** Drops what a cancelled absence owed. */
    void forgetAbsence(UUID absenceId);
}
