package org.windowsuite.intake.domain;

import org.windowsuite.common.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.windowsuite.common.ConflictException;
import org.windowsuite.intake.domain.Application.State;
import org.windowsuite.outbox.audit.AuditAct;
import org.windowsuite.outbox.audit.AuditTrail;
import org.windowsuite.outbox.staff.StaffDepartments;

/**
 * Work on accepted cases. Only the post's current holder (or a supervisor) may act (AB-1); B's power over A's
 * cases starts and ends with coverage (AB-5); every act records who acted and for whom.
 */
@ApplicationScoped
public class CaseWorkService {

    private final IntakeService intake;
    private final Applications applications;
    private final CaseHistories history;
    private final CaseEvents events;
    private final Clock clock;
    private final CoverageProjection coverage;
    private final StaffDepartments departments;
    private final AuditTrail audit;

    public CaseWorkService(IntakeService intake, Applications applications, CaseHistories history,
            CaseEvents events, Clock clock, CoverageProjection coverage, StaffDepartments departments,
            AuditTrail audit) {
        this.coverage = coverage;
        this.departments = departments;
        this.audit = audit;
        this.intake = intake;
        this.applications = applications;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Application complete(Actor actor, UUID id, String result) {
        Act act = act(actor, id, Set.of(State.ACCEPTED));
        Application app = act.app();
        Instant now = clock.instant();
        app.state = State.COMPLETED;
        app.completedAt = now;
        app.completedBy = actor.staffId();
        app.completedFor = actingFor(actor, app);
        record(act, actor, "COMPLETED", result);
        events.caseChanged(app, null, "COMPLETED", result);
        return app;
    }

    /** Waiting for the applicant's corrections, expert review or a hearing: the clocks pause (SC-2.3). */
    @Transactional
    public Application pause(Actor actor, UUID id, String reason) {
        return move(actor, id, State.ACCEPTED, State.PAUSED, "PAUSED", reason);
    }

    @Transactional
    public Application resume(Actor actor, UUID id) {
        return move(actor, id, State.PAUSED, State.ACCEPTED, "RESUMED", null);
    }

    /** A case going from one state to another, recorded and announced as {@code change}. */
    private Application move(Actor actor, UUID id, State from, State to, String change, String detail) {
        Act act = act(actor, id, Set.of(from));
        Application app = act.app();
        app.state = to;
        record(act, actor, change, detail);
        events.caseChanged(app, null, change, detail);
        return app;
    }

    /** OTN-4: a cross-department or unclear matter goes upward; the answer is recorded and sent to the client. */
    @Transactional
    public Application askConsultation(Actor actor, UUID id, String question) {
        Act act = act(actor, id, Set.of(State.ACCEPTED));
        Application app = act.app();
        app.state = State.AWAITING_CONSULTATION;
        app.consultation = new Application.Consultation(question, actor.staffId(), clock.instant(), null, null, null);
        record(act, actor, "CONSULTATION_REQUESTED", question);
        return app;
    }

    @Transactional
    public Application answerConsultation(Actor actor, UUID id, String answer) {
        Act act = act(actor, id, Set.of(State.AWAITING_CONSULTATION));
        Application app = act.app();
        Application.Consultation c = app.consultation;
        app.consultation = new Application.Consultation(c.question(), c.askedBy(), c.askedAt(), answer,
                actor.staffId(), clock.instant());
        app.state = State.ACCEPTED;
        record(act, actor, "CONSULTATION_ANSWERED", "sent to " + app.applicantName + " (" + app.applicantPhone + "): "
                + answer);
        return app;
    }

    @Transactional
    public Application note(Actor actor, UUID id, String text) {
        Act act = act(actor, id, Set.of(State.ACCEPTED, State.PAUSED, State.AWAITING_CONSULTATION));
        Application app = act.app();
        record(act, actor, "NOTE", text);
        return app;
    }

    @Transactional
    public Application withdraw(Actor actor, UUID id, String reason) {
        Act act = act(actor, id, Set.of(State.ACCEPTED, State.PAUSED, State.AWAITING_CONSULTATION,
                State.INCOMPLETE));
        Application app = act.app();
        app.state = State.WITHDRAWN;
        app.completedAt = clock.instant();
        record(act, actor, "WITHDRAWN", reason);
        events.caseChanged(app, null, "WITHDRAWN", reason);
        return app;
    }

    public List<Application> queue(String postId) {
        return applications.openOfPost(postId);
    }

    /** Incomplete applications of the post: the applicant comes back with what the one-time notice listed. */
    public List<Application> awaitingSupplement(String postId) {
        return applications.awaitingSupplementAt(postId);
    }

    /** A case being acted on: the state it was in and the authority the act uses (for history and audit). */
    private record Act(Application app, State before, CaseActPolicy.Authority authority) {
    }

    private Act act(Actor actor, UUID id, Set<State> allowed) {
        Application app = intake.application(actor, id);
        if (app.archivedAt != null) {
            throw new ConflictException("case " + app.caseNumber + " is archived and read-only");
        }
        CaseActPolicy.Authority authority = CaseActPolicy.requireMayAct(actor, app,
                coverage.lockedForAct(app.postId), actor.supervises() ? departments.departmentOf(actor.staffId())
                        : null, clock.instant());
        if (!allowed.contains(app.state)) {
            throw new ConflictException("case " + (app.caseNumber != null ? app.caseNumber : app.id) + " is "
                    + app.state + "; this needs " + allowed);
        }
        return new Act(app, app.state, authority);
    }

    private String actingFor(Actor actor, Application app) {
        return actor.staffId().equals(app.handler) ? app.actingFor : null;
    }

    private void record(Act act, Actor actor, String action, String detail) {
        Application app = act.app();
        history.add(new CaseHistory(app.id, clock.instant(), action, actor.staffId(), actingFor(actor, app),
                detail));
        audit.record(actor, AuditAct.of(action, app.id).as(act.authority().role(), act.authority().actingFor())
                .change(Map.of("state", act.before()), Map.of("state", app.state, "postId", app.postId)));
    }
}
