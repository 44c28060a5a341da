package org.windowsuite.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CoverageChanged;

@QuarkusTest
@WithTestResource(OutboxTestResource.class)
class InboxTest {

    @Inject
    Inbox inbox;
    @Inject
    IdempotentConsumer consumer;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Test
    void anEventIsNewOnceAndADuplicateAfterwards() {
        UUID eventId = UUID.randomUUID();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("c1", eventId))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("c1", eventId))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("c2", eventId)))
                .as("another consumer keeps its own record").isTrue();
    }

    @Test
    void aRolledBackEffectDoesNotMarkTheEventAsProcessed() {
        UUID eventId = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            inbox.firstDelivery("c1", eventId);
            throw new IllegalStateException("effect failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("c1", eventId))).isTrue();
    }

    @Test
    void aRedeliveredEventHasItsEffectOnce() throws Exception {
        String json = mapper.writeValueAsString(OutboxRelayTest.event("P1", 1));
        AtomicInteger effects = new AtomicInteger();
        consumer.consume("c3", json, CoverageChanged.class, e -> effects.incrementAndGet());
        consumer.consume("c3", json, CoverageChanged.class, e -> effects.incrementAndGet());
        assertThat(effects).hasValue(1);
    }

    @Test
    void aFailingEffectIsRetriedAndThenSucceeds() throws Exception {
        String json = mapper.writeValueAsString(OutboxRelayTest.event("P2", 1));
        AtomicInteger attempts = new AtomicInteger();
        consumer.consume("c4", json, CoverageChanged.class, e -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("database hiccup");
            }
        });
        assertThat(attempts).hasValue(3);
    }

    @Test
    void anUnreadableMessageIsPoisonAtOnce() {
        AtomicInteger effects = new AtomicInteger();
        assertThatThrownBy(() -> consumer.consume("c5", "{not json", CoverageChanged.class,
                e -> effects.incrementAndGet())).isInstanceOf(PoisonMessageException.class);
        assertThatThrownBy(() -> consumer.consume("c5", "{\"type\":\"CoverageChanged\"}", CoverageChanged.class,
                e -> effects.incrementAndGet())).isInstanceOf(PoisonMessageException.class);
        assertThat(effects).hasValue(0);
    }
}
