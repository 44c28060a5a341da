package org.windowsuite.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.testing.TestEvents;

@QuarkusTest
@WithTestResource(OutboxTestResource.class)
class OutboxRelayTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static CoverageChanged event(String postId, long version) {
        return new CoverageChanged(UUID.randomUUID(), CoverageChanged.TYPE, version, OffsetDateTime.now(), postId,
                postId, "D01", java.util.List.of("HJ-001"), "NORMAL", "S001", "A", null, "TEST", OffsetDateTime.now(), null, null);
    }

    private void changeAndPublish(String topic, String id, CoverageChanged event) {
        QuarkusTransaction.requiringNew().run(() -> {
            TestAggregate a = new TestAggregate();
            a.id = id;
            a.state = "v" + event.version();
            a.persist();
            outbox.publish(topic, event);
        });
    }

    private long unpublished(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where event_id = ?1 and published_at is null")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }

    @Test
    void committedEventReachesKafkaRightAfterCommitKeyedByAggregate() throws Exception {
        String topic = "test.relay." + UUID.randomUUID();
        CoverageChanged event = event("P-" + UUID.randomUUID(), 1);
        changeAndPublish(topic, event.aggregateId(), event);

        // the relay timer is set to an hour here: only the after-commit wake-up can deliver this quickly
        List<ConsumerRecord<String, String>> records = TestEvents.read(bootstrap, topic, 1, Duration.ofSeconds(15));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo(event.aggregateId());
        assertThat(mapper.readValue(record.value(), CoverageChanged.class)).isEqualTo(event);
        assertThat(new String(record.headers().lastHeader("eventType").value(), StandardCharsets.UTF_8))
                .isEqualTo(CoverageChanged.TYPE);
        await().atMost(Duration.ofSeconds(5)).until(() -> unpublished(event.eventId()) == 0);
    }

    @Test
    void rolledBackStateChangeLeavesNoEvent() {
        String topic = "test.rollback." + UUID.randomUUID();
        CoverageChanged event = event("P-" + UUID.randomUUID(), 1);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(topic, event);
                throw new IllegalStateException("the business change fails");
            });
        } catch (IllegalStateException expected) {
            // the event must vanish with the change
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where event_id = ?1").setParameter(1, event.eventId())
                .getSingleResult()).longValue());
        assertThat(rows).isZero();
        assertThat(TestEvents.read(bootstrap, topic, 1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void eventsOfOneAggregateArriveInTheOrderTheyWereWritten() throws Exception {
        String topic = "test.order." + UUID.randomUUID();
        String postId = "P-" + UUID.randomUUID();
        for (int v = 1; v <= 20; v++) {
            CoverageChanged event = event(postId, v);
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(topic, event));
        }
        List<ConsumerRecord<String, String>> records = TestEvents.read(bootstrap, topic, 20, Duration.ofSeconds(20));
        assertThat(records).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(mapper.readValue(records.get(i).value(), CoverageChanged.class).version()).isEqualTo(i + 1);
        }
    }

    @Test
    void aReplicaThatDoesNotHoldTheRelayLockSendsNothing() throws Exception {
        String topic = "test.lock." + UUID.randomUUID();
        CoverageChanged event = event("P-" + UUID.randomUUID(), 1);
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement lock = otherReplica.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, OutboxRelay.RELAY_LOCK);
                lock.execute();
            }
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(topic, event));
            assertThat(relay.relayBatch()).isZero();
            assertThat(unpublished(event.eventId())).isEqualTo(1);
            otherReplica.rollback();
        }
        relay.wake();
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(event.eventId()) == 0);
        assertThat(TestEvents.read(bootstrap, topic, 1, Duration.ofSeconds(10))).hasSize(1);
    }
}
