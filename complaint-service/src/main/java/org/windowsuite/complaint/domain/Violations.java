package org.windowsuite.complaint.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** OTN-6/FI-8: the accountability ledger's entries; persistence implements it. */
public interface Violations {

    /** The entry, or null. */
    Violation byId(UUID id);

    void add(Violation violation);

    /** Entries in a state, newest first. */
    List<Violation> inState(Violation.State state);

    /** A person's entries that occurred in [from, to), in order. */
    List<Violation> ofStaff(String staffId, Instant from, Instant to);

    /** Every entry that occurred in [from, to), in order. */
    List<Violation> between(Instant from, Instant to);

    /** Appealed entries whose appeal is not decided yet, oldest first. */
    List<Violation> pendingAppeals();
}
