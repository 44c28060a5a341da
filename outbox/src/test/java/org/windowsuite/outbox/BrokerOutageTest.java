package org.windowsuite.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.testing.TestEvents;

/**
 * A Kafka outage must not stop the business: changes keep committing, their events wait in the outbox, and they
 * flow once the broker is back.
 */
@QuarkusTest
@WithTestResource(value = OutboxTestResource.class, initArgs = @ResourceArg(name = "broker", value = "down"))
class BrokerOutageTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    EntityManager em;
    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    long waiting(String topic) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where topic = ?1 and published_at is null").setParameter(1, topic)
                .getSingleResult()).longValue());
    }

    @Test
    void changesCommitDuringABrokerOutageAndTheirEventsFlowWhenItIsBack() throws Exception {
        String topic = "test.outage." + UUID.randomUUID();
        long started = System.nanoTime();
        for (int i = 1; i <= 10; i++) {
            CoverageChanged event = OutboxRelayTest.event("P-" + UUID.randomUUID(), i);
            QuarkusTransaction.requiringNew().run(() -> {
                TestAggregate a = new TestAggregate();
                a.id = event.aggregateId();
                a.state = "committed";
                a.persist();
                outbox.publish(topic, event);
            });
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("ten commits during the outage")
                .isLessThan(Duration.ofSeconds(3));

        // the relay keeps trying (woken after each commit) and keeps failing; nothing is lost or marked sent
        relay.wake();
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).until(() -> waiting(topic) == 10);
        // operators see the backlog and its age (the alert rules read these)
        assertThat(registry.get("window_outbox_pending").gauge().value()).isGreaterThanOrEqualTo(10);
        assertThat(registry.get("window_outbox_oldest_pending_seconds").gauge().value()).isGreaterThanOrEqualTo(6);
        // the broker comes back: the waiting events flow without anyone touching them
        OutboxTestResource.outage.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> waiting(topic) == 0);
        await().atMost(Duration.ofSeconds(5)).until(() -> registry.get("window_outbox_pending").gauge().value() == 0);
        // every event arrives; a send whose acknowledgement was lost in the recovery may repeat (consumers drop it)
        assertThat(TestEvents.read(OutboxTestResource.outage.bootstrapServers(), topic, 10, Duration.ofSeconds(10))
                .stream().map(r -> new String(r.headers().lastHeader("eventId").value())).distinct()).hasSize(10);
        long committed = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from test_aggregate where state = 'committed'").getSingleResult()).longValue());
        assertThat(committed).isGreaterThanOrEqualTo(10);
    }
}
