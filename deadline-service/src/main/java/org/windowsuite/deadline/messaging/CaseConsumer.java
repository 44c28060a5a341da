package org.windowsuite.deadline.messaging;

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
import org.windowsuite.contracts.CaseChanged;
import org.windowsuite.deadline.domain.ClockService;
import org.windowsuite.outbox.IdempotentConsumer;

/** intake.cases.v1 → the promised and statutory clocks of accepted cases (SC-2.3, SC-2.4). */
@ApplicationScoped
public class CaseConsumer implements TopicHandlers {

    static final String CONSUMER = "deadline-cases";
    static final String CASE = "CASE";

    private final IdempotentConsumer consumer;
    private final ClockService clocks;

    public CaseConsumer(IdempotentConsumer consumer, ClockService clocks) {
        this.consumer = consumer;
        this.clocks = clocks;
    }

    /** A poll in one transaction (issue 15): one commit per poll is what keeps the clocks up with intake. */
    @Incoming("intake-cases")
    @Blocking
    public CompletionStage<Void> onCases(KafkaRecordBatch<String, String> poll) {
        return Polls.settle(poll, consumer.consumeAll(CONSUMER, poll.getPayload(), CaseChanged.class, this::apply));
    }

    /** One message alone, as a dead-letter replay feeds them. */
    public void onCase(String json) {
        consumer.consume(CONSUMER, json, CaseChanged.class, this::apply);
    }

    void apply(CaseChanged e) {
        String id = e.aggregateId();
        ClockService.Responsible responsible = new ClockService.Responsible(e.department(), e.postId(), e.handler(),
                e.actingFor());
        switch (e.change()) {
            case "ACCEPTED" -> {
                // SC-2.4: the clocks start when the materials were complete; the event's own time when it lacks that
                var startAt = (e.acceptedAt() != null ? e.acceptedAt() : e.occurredAt()).toInstant();
                clocks.start(CASE, id, "PROMISED", startAt, e.promisedDays(), null, responsible);
                clocks.start(CASE, id, "STATUTORY", startAt, e.statutoryDays(), e.maxExtensionDays(), responsible);
            }
            case "PAUSED" -> clocks.pause(CASE, id, e.occurredAt().toInstant(), e.reason());
            case "RESUMED" -> clocks.resume(CASE, id, e.occurredAt().toInstant());
            case "REASSIGNED" -> clocks.reassign(CASE, id, responsible);
            case "COMPLETED", "WITHDRAWN", "REFUSED" -> clocks.stop(CASE, id, null, e.change());
            default -> {
                // received, incomplete, referred: no clock runs before acceptance (SC-2.4)
            }
        }
    }

    @Override
    public Map<String, Consumer<String>> byTopic() {
        return Map.of(Topics.INTAKE_CASES, this::onCase);
    }
}
