package org.windowsuite.intake.domain;

import java.time.Instant;
import org.windowsuite.common.Actor;
import org.windowsuite.common.NotAllowedException;

/**
 * AB-1, AB-5: who may act on a case now — the post's current holder (A, or B or a named stand-in while covering for
 * A), a supervisor of the post's department, or an admin; the portal only withdraws what it submitted
 * ({@link PortalPolicy}). Decided inside the transaction that acts, on the post's coverage locked for it, so no act by
 * B commits after the coverage that allowed it ended: a coverage change either waits for the act or is seen by it,
 * and a planned end needs no message at all.
 */
public final class CaseActPolicy {

    /** The authority an act used, for the audit trail: the role and, for B or a stand-in, whom they act for. */
    public record Authority(String role, String actingFor) {
    }

    private CaseActPolicy() {
    }

    /**
     * @param coverage the post's coverage, locked by the acting transaction; null when roster never announced it
     * @param actorDepartment the actor's department as roster announced it; null when unknown
     */
    public static Authority requireMayAct(Actor actor, Application app, PostCoverage coverage, String actorDepartment,
            Instant now) {
        if (actor.portal()) {
            return new Authority("portal", null);
        }
        if (actor.admin()) {
            return new Authority("admin", null);
        }
        boolean holds = app.handler != null && app.handler.equals(actor.staffId());
        if (!holds && actor.supervises()) {
            return supervisorOf(actor, app, coverage, actorDepartment);
        }
        if (!holds) {
            throw new NotAllowedException("only the current holder of post " + app.postId
                    + (app.handler == null ? " (nobody holds it now)" : " (" + app.handler + ")")
                    + " or a supervisor of its department may act on this case");
        }
        if (coverage == null) {
            return new Authority("holder", null);
        }
        if (!actor.staffId().equals(coverage.holder)) {
            throw new NotAllowedException("AB-5: " + actor.staffId() + " no longer holds post " + app.postId + " ("
                    + (coverage.holder == null ? "nobody" : coverage.holder) + " does)");
        }
        if (coverage.actingFor == null) {
            return new Authority("holder", null);
        }
        if (coverage.until != null && !now.isBefore(coverage.until)) {
            throw new NotAllowedException("AB-5: " + actor.staffId() + "'s cover for " + coverage.actingFor
                    + " ended at " + coverage.until + "; the case is " + coverage.actingFor + "'s again");
        }
        return new Authority("STAND_IN".equals(coverage.role) ? "stand-in" : "cover", coverage.actingFor);
    }

    private static Authority supervisorOf(Actor actor, Application app, PostCoverage coverage, String department) {
        if (coverage == null || department == null || !department.equals(coverage.department)) {
            throw new NotAllowedException("a supervisor acts within their own department; post " + app.postId
                    + " is " + (coverage == null || coverage.department == null ? "of no known department"
                            : "of " + coverage.department));
        }
        return new Authority("supervisor", null);
    }
}
