package org.windowsuite.complaint.domain;

import org.windowsuite.common.Actor;
import org.windowsuite.common.NotAllowedException;

/**
 * OTN-6, FI-8: who decides a ledger entry (verify, dismiss, decide an appeal) — a complaint officer (the endpoints'
 * role) who is neither the person the entry is against nor the one they stood in for: nobody judges their own case.
 */
public final class LedgerDecisionPolicy {

    private LedgerDecisionPolicy() {
    }

    public static void requireImpartial(Actor officer, Violation v) {
        if (officer.staffId().equals(v.staffId) || officer.staffId().equals(v.actingFor)) {
            throw new NotAllowedException("OTN-6: " + officer.staffId() + " is concerned by this entry; another "
                    + "complaint officer decides it");
        }
    }
}
