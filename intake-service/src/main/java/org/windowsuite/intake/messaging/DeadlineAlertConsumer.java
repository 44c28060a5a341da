package org.windowsuite.intake.messaging;

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
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.intake.domain.DeadlineView;
import org.windowsuite.outbox.IdempotentConsumer;

/** deadline.alerts.v1 → the due dates and warning levels shown on cases and queues. */
@ApplicationScoped
public class DeadlineAlertConsumer implements TopicHandlers {

    static final String CONSUMER = "intake-deadlines";

    private final IdempotentConsumer consumer;
    private final DeadlineView view;

    public DeadlineAlertConsumer(IdempotentConsumer consumer, DeadlineView view) {
        this.consumer = consumer;
        this.view = view;
    }

    /** A poll in one transaction (issue 15): one commit per poll keeps the due dates up with the clocks. */
    @Incoming("deadline-alerts")
    @Blocking
    public CompletionStage<Void> onAlerts(KafkaRecordBatch<String, String> poll) {
        return Polls.settle(poll, consumer.consumeAll(CONSUMER, poll.getPayload(), DeadlineAlert.class, this::apply));
    }

    /** One message alone, as a dead-letter replay feeds them. */
    public void onAlert(String json) {
        consumer.consume(CONSUMER, json, DeadlineAlert.class, this::apply);
    }

    void apply(DeadlineAlert a) {
        if ("CASE".equals(a.subjectType())) {
            view.apply(a.subjectId(), a.clockKind(), a.alert(), a.level(),
                    a.dueAt() == null ? null : a.dueAt().toInstant(), a.dueProvisional());
        }
    }

    @Override
    public Map<String, Consumer<String>> byTopic() {
        return Map.of(Topics.DEADLINE_ALERTS, this::onAlert);
    }
}
