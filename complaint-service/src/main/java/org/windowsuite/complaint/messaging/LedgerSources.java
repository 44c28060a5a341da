package org.windowsuite.complaint.messaging;

import org.windowsuite.outbox.TopicHandlers;
import org.windowsuite.contracts.Topics;
import java.util.function.Consumer;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.windowsuite.outbox.Polls;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.windowsuite.complaint.domain.CoverLookup;
import org.windowsuite.complaint.domain.DeadlineBoard;
import org.windowsuite.complaint.domain.Ledger;
import org.windowsuite.complaint.domain.MissedTimeLimitPolicy;
import org.windowsuite.complaint.domain.PostDutyPolicy;
import org.windowsuite.complaint.domain.TransferDeadlines;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.PostAlarm;
import org.windowsuite.contracts.ViolationCandidate;
import org.windowsuite.outbox.IdempotentConsumer;

/**
 * What complaint-service learns from the others: who covers for whom (roster.coverage.v1), and the candidates
 * of the accountability ledger — repeated demands (intake), overdue clocks and missed acknowledgements
 * (deadline, {@link MissedTimeLimitPolicy}), missing handovers and empty posts (roster, {@link PostDutyPolicy}).
 */
@ApplicationScoped
public class LedgerSources implements TopicHandlers {

    private final IdempotentConsumer consumer;
    private final CoverLookup cover;
    private final Ledger ledger;
    private final TransferDeadlines deadlines;
    private final DeadlineBoard board;

    public LedgerSources(IdempotentConsumer consumer, CoverLookup cover, Ledger ledger, TransferDeadlines deadlines,
            DeadlineBoard board) {
        this.board = board;
        this.consumer = consumer;
        this.cover = cover;
        this.ledger = ledger;
        this.deadlines = deadlines;
    }

    @Incoming("roster-coverage")
    @Blocking
    public void onCoverage(String json) {
        consumer.consume("complaint-coverage", json, CoverageChanged.class, e -> cover.apply(new CoverLookup.Change(
                e.postId(), e.department(), e.state(), e.holder(), e.actingFor(), e.version())));
    }

    @Incoming("violations")
    @Blocking
    public void onViolation(String json) {
        consumer.consume("complaint-violations", json, ViolationCandidate.class, v -> ledger.candidate(
                new Ledger.Candidate(v.kind(), v.staffId(), v.actingFor(), v.department(), v.subjectType(),
                        v.subjectId(), v.evidence(), v.eventId(), v.occurredAt().toInstant())));
    }

    @Incoming("roster-alarms")
    @Blocking
    public void onAlarm(String json) {
        consumer.consume("complaint-alarms", json, PostAlarm.class, a -> PostDutyPolicy.candidate(
                new PostDutyPolicy.Alarm(a.kind(), a.postId(), a.department(), a.staffId(), a.aHolder(), a.bHolder(),
                        a.detail(), a.eventId(), a.occurredAt().toInstant())).ifPresent(ledger::candidate));
    }

    /** A poll at a time: the alerts come as fast as intake accepts cases (issue 15). */
    @Incoming("deadline-alerts")
    @Blocking
    public CompletionStage<Void> onDeadlines(KafkaRecordBatch<String, String> poll) {
        return Polls.settle(poll, consumer.consumeAll("complaint-deadlines", poll.getPayload(), DeadlineAlert.class,
                LedgerSources::concernsComplaints, this::apply));
    }

    /** One message alone, as a dead-letter replay feeds them. */
    public void onDeadline(String json) {
        consumer.consume("complaint-deadlines", json, DeadlineAlert.class, LedgerSources::concernsComplaints,
                this::apply);
    }

    /** Most alerts are a case's clocks starting, of no use here: passed over without a transaction (issue 15). */
    static boolean concernsComplaints(DeadlineAlert a) {
        return DeadlineBoard.watches(a.subjectType()) || MissedTimeLimitPolicy.applies(a.alert(), a.holder());
    }

    private void apply(DeadlineAlert a) {
        if ("TRANSFER".equals(a.subjectType())) {
            deadlines.apply(a.subjectId(), a.clockKind(), a.dueAt() == null ? null : a.dueAt().toInstant());
        }
        board.apply(new DeadlineBoard.Announcement(a.alert(), a.subjectType(), a.subjectId(), a.clockKind(),
                a.level(), a.dueAt() == null ? null : a.dueAt().toInstant(), a.holder(), a.actingFor(),
                a.department()));
        MissedTimeLimitPolicy.candidate(new MissedTimeLimitPolicy.Alert(a.alert(), a.subjectType(), a.subjectId(),
                a.clockKind(), a.dueAt(), a.holder(), a.actingFor(), a.department(), a.eventId(),
                a.occurredAt().toInstant())).ifPresent(ledger::candidate);
    }

    @Override
    public Map<String, Consumer<String>> byTopic() {
        return Map.of(Topics.ROSTER_COVERAGE, this::onCoverage, Topics.ACCOUNTABILITY_VIOLATIONS, this::onViolation, Topics.ROSTER_ALARMS, this::onAlarm, Topics.DEADLINE_ALERTS, this::onDeadline);
    }
}
