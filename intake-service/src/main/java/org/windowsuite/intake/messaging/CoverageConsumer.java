package org.windowsuite.intake.messaging;

import org.windowsuite.outbox.TopicHandlers;
import org.windowsuite.contracts.Topics;
import java.util.function.Consumer;
import java.util.Map;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.intake.domain.CoverageProjection;
import org.windowsuite.outbox.IdempotentConsumer;

/** roster.coverage.v1 → the local coverage projection. */
@ApplicationScoped
public class CoverageConsumer implements TopicHandlers {

    static final String CONSUMER = "intake-coverage";

    private final IdempotentConsumer consumer;
    private final CoverageProjection projection;

    public CoverageConsumer(IdempotentConsumer consumer, CoverageProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @Incoming("roster-coverage")
    @Blocking
    public void onCoverage(String json) {
        consumer.consume(CONSUMER, json, CoverageChanged.class, e -> projection.apply(new CoverageProjection.Change(
                e.postId(), e.department(), e.serviceItems(), e.state(), e.holder(), e.role(), e.actingFor(), e.cause(),
                instant(e.since()), instant(e.until()), e.awayReason(), e.version())));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    @Override
    public Map<String, Consumer<String>> byTopic() {
        return Map.of(Topics.ROSTER_COVERAGE, this::onCoverage);
    }
}
