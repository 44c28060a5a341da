package org.windowsuite.intake.domain;

import org.windowsuite.common.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.windowsuite.common.ConflictException;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.intake.domain.Application.State;
import org.windowsuite.intake.persistence.ApplicationRepository;
import org.windowsuite.intake.persistence.CaseHistoryRepository;

/**
 * Work on accepted cases. Only the post's current holder (or a supervisor) may act (AB-1); B's power over A's
 * cases starts and ends with coverage (AB-5); every act records who acted and for whom.
 */
@ApplicationScoped
public class CaseWorkService {

    private final IntakeService intake;
    private final ApplicationRepository applications;
    private final CaseHistoryRepository history;
    private final CaseEvents events;
    private final Clock clock;
    private final CoverageProjection coverage;

    public CaseWorkService(IntakeService intake, ApplicationRepository applications, CaseHistoryRepository history,
            CaseEvents events, Clock clock, CoverageProjection coverage) {
        this.coverage = coverage;
        this.intake = intake;
        this.applications = applications;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Application complete(Actor actor, UUID id, String result) {
        Application app = act(actor, id, Set.of(State.ACCEPTED));
        Instant now = clock.instant();
        app.state = State.COMPLETED;
        app.completedAt = now;
        app.completedBy = actor.staffId();
        app.completedFor = actingFor(actor, app);
        record(app, actor, "COMPLETED", result);
        events.caseChanged(app, null, "COMPLETED", result);
        return app;
    }

    /** Waiting for the applicant's corrections, expert review or a hearing: the clocks pause (SC-2.3). */
    @Transactional
    public Application pause(Actor actor, UUID id, String reason) {
        Application app = act(actor, id, Set.of(State.ACCEPTED));
        app.state = State.PAUSED;
        record(app, actor, "PAUSED", reason);
        events.caseChanged(app, null, "PAUSED", reason);
        return app;
    }

    @Transactional
    public Application resume(Actor actor, UUID id) {
        Application app = act(actor, id, Set.of(State.PAUSED));
        app.state = State.ACCEPTED;
        record(app, actor, "RESUMED", null);
        events.caseChanged(app, null, "RESUMED", null);
        return app;
    }

    /** OTN-4: a cross-department or unclear matter goes upward; the answer is recorded and sent to the client. */
    @Transactional
    public Application askConsultation(Actor actor, UUID id, String question) {
        Application app = act(actor, id, Set.of(State.ACCEPTED));
        app.state = State.AWAITING_CONSULTATION;
        app.consultation = new Application.Consultation(question, actor.staffId(), clock.instant(), null, null, null);
        record(app, actor, "CONSULTATION_REQUESTED", question);
        return app;
    }

    @Transactional
    public Application answerConsultation(Actor actor, UUID id, String answer) {
        Application app = act(actor, id, Set.of(State.AWAITING_CONSULTATION));
        Application.Consultation c = app.consultation;
        app.consultation = new Application.Consultation(c.question(), c.askedBy(), c.askedAt(), answer,
                actor.staffId(), clock.instant());
        app.state = State.ACCEPTED;
        record(app, actor, "CONSULTATION_ANSWERED", "sent to " + app.applicantName + " (" + app.applicantPhone + "): "
                + answer);
        return app;
    }

    @Transactional
    public Application note(Actor actor, UUID id, String text) {
        Application app = act(actor, id, Set.of(State.ACCEPTED, State.PAUSED, State.AWAITING_CONSULTATION));
        record(app, actor, "NOTE", text);
        return app;
    }

    @Transactional
    public Application withdraw(Actor actor, UUID id, String reason) {
        Application app = act(actor, id, Set.of(State.ACCEPTED, State.PAUSED, State.AWAITING_CONSULTATION,
                State.INCOMPLETE));
        app.state = State.WITHDRAWN;
        app.completedAt = clock.instant();
        record(app, actor, "WITHDRAWN", reason);
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

    private Application act(Actor actor, UUID id, Set<State> allowed) {
        Application app = intake.application(actor, id);
        if (app.archivedAt != null) {
            throw new ConflictException("case " + app.caseNumber + " is archived and read-only");
        }
        CaseActPolicy.requireMayAct(actor, app, coverage.lockedForAct(app.postId), clock.instant());
        if (!allowed.contains(app.state)) {
            throw new ConflictException("case " + (app.caseNumber != null ? app.caseNumber : app.id) + " is "
                    + app.state + "; this needs " + allowed);
        }
        return app;
    }

    private String actingFor(Actor actor, Application app) {
        return actor.staffId().equals(app.handler) ? app.actingFor : null;
    }

    private void record(Application app, Actor actor, String action, String detail) {
        history.persist(new CaseHistory(app.id, clock.instant(), action, actor.staffId(), actingFor(actor, app),
                detail));
    }
}
