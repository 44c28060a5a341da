package org.windowsuite.complaint.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * OTN-6 for the A/B duties: an empty post (AB-3) is a candidate entry against its A holder, who owes the post a
 * present holder or a B; a missing handover (AB-4) against the absent holder who owed it. An alarm that names
 * nobody is no candidate.
 */
public final class PostDutyPolicy {

    public static final String EMPTY_POST = "EMPTY_POST";

    /** A roster-service alarm, as far as accountability cares. */
    public record Alarm(String kind, String postId, String department, String staffId, String aHolder,
            String bHolder, String detail, UUID eventId, Instant occurredAt) {
    }

    private PostDutyPolicy() {
    }

    public static Optional<Ledger.Candidate> candidate(Alarm a) {
        boolean empty = EMPTY_POST.equals(a.kind());
        String staff = empty ? a.aHolder() : a.staffId();
        if (staff == null) {
            return Optional.empty();
        }
        return Optional.of(new Ledger.Candidate(a.kind(), staff, null, a.department(), "POST", a.postId(),
                a.detail() + (empty ? " (A " + a.aHolder() + ", B " + a.bHolder() + ")" : ""), a.eventId(),
                a.occurredAt()));
    }
}
