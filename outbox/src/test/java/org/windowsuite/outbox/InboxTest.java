package org.windowsuite.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
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
    @Inject
    ConsumerHealth health;
    @Inject
    MeterRegistry registry;
    @Inject
    jakarta.transaction.TransactionManager transactions;

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
    void anEventTheConsumerHasNoUseForIsPassedOverWithoutAnInboxRow() throws Exception {
        CoverageChanged other = OutboxRelayTest.event("P7", 1);
        CoverageChanged ours = OutboxRelayTest.event("P8", 1);
        AtomicInteger effects = new AtomicInteger();
        for (CoverageChanged e : List.of(other, ours)) {
            consumer.consume("c7", mapper.writeValueAsString(e), CoverageChanged.class,
                    event -> event.postId().equals("P8"), event -> effects.incrementAndGet());
        }
        assertThat(effects).hasValue(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("c7", other.eventId())))
                .as("nothing recorded for the event passed over").isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("c7", ours.eventId())))
                .as("the one applied is recorded").isFalse();
    }

    @Test
    void anInfrastructureFaultIsRetriedUntilItClearsWhileReadinessReportsTheStall() throws Exception {
        String json = mapper.writeValueAsString(OutboxRelayTest.event("P2", 1));
        AtomicInteger attempts = new AtomicInteger();
        List<HealthCheckResponse.Status> seen = new java.util.ArrayList<>();
        double retriesBefore = retries("c4");
        consumer.consume("c4", json, CoverageChanged.class, e -> {
            seen.add(health.call().getStatus());
            if (attempts.incrementAndGet() < 6) {
                throw new PersistenceException(new SQLException("Connection refused", "08001"));
            }
        });
        assertThat(attempts).as("more tries than the old cap of five").hasValue(6);
        assertThat(seen.get(0)).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(seen.get(1)).as("while the fault lasts").isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(health.call().getStatus()).as("once it cleared").isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(retries("c4") - retriesBefore).isEqualTo(5);
    }

    @Test
    void aFailureThatRepeatsEveryTimeIsPoisonAtOnceNotRetried() throws Exception {
        String json = mapper.writeValueAsString(OutboxRelayTest.event("P6", 1));
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> consumer.consume("c6", json, CoverageChanged.class, e -> {
            attempts.incrementAndGet();
            throw new PersistenceException(new SQLException("duplicate key", "23505"));
        })).isInstanceOf(PoisonMessageException.class).hasMessageContaining("cannot be applied by c6");
        assertThatThrownBy(() -> consumer.consume("c6", json, CoverageChanged.class, e -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("a defect");
        })).isInstanceOf(PoisonMessageException.class);
        assertThat(attempts).hasValue(2);
        assertThat(registry.get("window_consumer_dead_lettered_total").tag("consumer", "c6").counter().count())
                .isEqualTo(2);
        UUID eventId = mapper.readValue(json, CoverageChanged.class).eventId();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("c6", eventId)))
                .as("nothing recorded for a failed effect").isTrue();
    }

    double retries(String consumerName) {
        var counter = registry.find("window_consumer_retries_total").tag("consumer", consumerName).counter();
        return counter == null ? 0 : counter.count();
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

    @Test
    void aPollIsAppliedInOrderEachEventOnceAndOnlyItsPoisonIsRejected() throws Exception {
        CoverageChanged first = OutboxRelayTest.event("P9", 1);
        CoverageChanged failing = OutboxRelayTest.event("P9", 2);
        CoverageChanged last = OutboxRelayTest.event("P9", 3);
        List<String> poll = List.of(mapper.writeValueAsString(first), "{not json", mapper.writeValueAsString(failing),
                mapper.writeValueAsString(first), mapper.writeValueAsString(last));
        List<Long> applied = new java.util.ArrayList<>();
        List<IdempotentConsumer.Rejected> rejected = consumer.consumeAll("c8", poll, CoverageChanged.class, e -> {
            if (e.eventId().equals(failing.eventId())) {
                throw new IllegalStateException("a defect");
            }
            applied.add(e.version());
        });
        assertThat(rejected).extracting(IdempotentConsumer.Rejected::position).containsExactly(1, 2);
        assertThat(rejected.get(1).reason()).hasMessageContaining("cannot be applied by c8");
        assertThat(applied).as("the whole poll first, rolled back, then each alone; the duplicate once")
                .endsWith(1L, 3L);
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("c8", first.eventId()))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("c8", last.eventId()))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("c8", failing.eventId())))
                .as("nothing recorded for the rejected one").isTrue();
        assertThat(consumer.consumeAll("c8", poll.subList(3, 5), CoverageChanged.class, e -> applied.add(-1L)))
                .as("a redelivered poll changes nothing").isEmpty();
        assertThat(applied).doesNotContain(-1L);
    }

    @Test
    void aPollThatHitsAnInfrastructureFaultGoesOnEventByEventEachRetriedUntilItClears() throws Exception {
        List<CoverageChanged> events = List.of(OutboxRelayTest.event("P10", 1), OutboxRelayTest.event("P10", 2));
        List<String> poll = new java.util.ArrayList<>();
        for (CoverageChanged e : events) {
            poll.add(mapper.writeValueAsString(e));
        }
        AtomicInteger attempts = new AtomicInteger();
        List<Long> committed = new java.util.ArrayList<>();
        List<IdempotentConsumer.Rejected> rejected = consumer.consumeAll("c9", poll, CoverageChanged.class, e -> {
            if (e.version() == 2 && attempts.incrementAndGet() < 3) {
                throw new PersistenceException(new SQLException("Connection refused", "08001"));
            }
            committed.add(e.version());
        });
        assertThat(rejected).isEmpty();
        assertThat(attempts).hasValue(3);
        assertThat(committed).as("the poll rolled back, then each event alone, the second retried until it cleared")
                .containsExactly(1L, 1L, 2L);
        for (CoverageChanged e : events) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("c9", e.eventId()))).isFalse();
        }
    }

    @Test
    void aPollThatKeepsFailingWholeIsAppliedEventByEventInstead() throws Exception {
        CoverageChanged first = OutboxRelayTest.event("P11", 1);
        CoverageChanged second = OutboxRelayTest.event("P11", 2);
        List<String> poll = List.of(mapper.writeValueAsString(first), mapper.writeValueAsString(second));
        var firstsTransaction = new java.util.concurrent.atomic.AtomicReference<Object>();
        List<Long> committed = new java.util.ArrayList<>();
        List<IdempotentConsumer.Rejected> rejected = consumer.consumeAll("c10", poll, CoverageChanged.class, e -> {
            try {
                if (e.version() == 1) {
                    firstsTransaction.set(transactions.getTransaction());
                } else if (transactions.getTransaction().equals(firstsTransaction.get())) {
                    // a fault the two together cause every time, as a lock conflict or a timeout of a large poll
                    throw new PersistenceException(new SQLException("deadlock detected", "40P01"));
                }
            } catch (jakarta.transaction.SystemException unexpected) {
                throw new IllegalStateException(unexpected);
            }
            committed.add(e.version());
        });
        assertThat(rejected).isEmpty();
        assertThat(committed).as("the poll once, then each event alone").containsExactly(1L, 1L, 2L);
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("c10", second.eventId()))).isFalse();
    }
}
