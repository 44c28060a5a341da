package org.windowsuite.intake.domain;

import java.time.Instant;
import org.windowsuite.common.Actor;
import org.windowsuite.common.NotAllowedException;

/**
 * AB-1, AB-5: who may act on a case now. The post's current holder (A, or B — or a named stand-in — while covering
 * for A), or a supervisor; the portal only withdraws what it submitted ({@link PortalPolicy}). Decided inside the
 * transaction that acts, on the post's coverage locked for it, so no act by B commits after the coverage that allowed
 * it ended: a coverage change either waits for the act or is seen by it, and a planned end needs no message at all.
 */
public final class CaseActPolicy {

    private CaseActPolicy() {
    }

    /** @param coverage the post's coverage, locked by the acting transaction; null when roster never announced it */
    public static void requireMayAct(Actor actor, Application app, PostCoverage coverage, Instant now) {
        if (actor.supervises() || actor.portal()) {
            return;
        }
        if (app.handler == null || !app.handler.equals(actor.staffId())) {
            throw new NotAllowedException("only the current holder of post " + app.postId
                    + (app.handler == null ? " (nobody holds it now)" : " (" + app.handler + ")")
                    + " or a supervisor may act on this case");
        }
        if (coverage == null) {
            return;
        }
        if (!actor.staffId().equals(coverage.holder)) {
            throw new NotAllowedException("AB-5: " + actor.staffId() + " no longer holds post " + app.postId + " ("
                    + (coverage.holder == null ? "nobody" : coverage.holder) + " does)");
        }
        if (coverage.actingFor != null && coverage.until != null && !now.isBefore(coverage.until)) {
            throw new NotAllowedException("AB-5: " + actor.staffId() + "'s cover for " + coverage.actingFor
                    + " ended at " + coverage.until + "; the case is " + coverage.actingFor + "'s again");
        }
    }
}
