package org.windowsuite.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

/** intake-service learns who holds each post only from roster.coverage.v1, through a real broker. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "intake"))
class CoverageProjectionTest {

    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String clerk = Tokens.bearer("S002", "clerk");

    CoverageChanged coverage(String postId, long version, String state, String holder, String role, String actingFor) {
        return new CoverageChanged(UUID.randomUUID(), CoverageChanged.TYPE, version, OffsetDateTime.now(), postId,
                postId, "D01", java.util.List.of("HJ-001"), state, holder, role, actingFor, "TEST", OffsetDateTime.now(), null, null);
    }

    void send(CoverageChanged event) throws Exception {
        TestEvents.send(bootstrap, Topics.ROSTER_COVERAGE, event.aggregateId(), mapper.writeValueAsString(event));
    }

    void awaitVersion(String postId, int version) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", clerk)
                .get("/api/intake/posts/" + postId + "/coverage").then().statusCode(200)
                .body("version", equalTo(version)));
    }

    @Test
    void absentAHolderMakesBTheHolderOfThePostInTheProjection() throws Exception {
        String post = "P-" + UUID.randomUUID();
        send(coverage(post, 1, "NORMAL", "S001", "A", null));
        awaitVersion(post, 1);
        send(coverage(post, 2, "COVERED", "S002", "B", "S001"));
        awaitVersion(post, 2);
        given().header("Authorization", clerk).get("/api/intake/posts/" + post + "/coverage").then()
                .body("state", equalTo("COVERED")).body("holder", equalTo("S002")).body("actingFor", equalTo("S001"));
    }

    @Test
    void aStaleVersionArrivingLateChangesNothing() throws Exception {
        String post = "P-" + UUID.randomUUID();
        send(coverage(post, 2, "COVERED", "S002", "B", "S001"));
        awaitVersion(post, 2);
        CoverageChanged stale = coverage(post, 1, "NORMAL", "S001", "A", null);
        send(stale);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(stale.eventId()));
        given().header("Authorization", clerk).get("/api/intake/posts/" + post + "/coverage").then()
                .body("version", equalTo(2)).body("holder", equalTo("S002"));
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothingTheSecondTime() throws Exception {
        String post = "P-" + UUID.randomUUID();
        CoverageChanged covered = coverage(post, 2, "COVERED", "S002", "B", "S001");
        send(covered);
        awaitVersion(post, 2);
        // a redelivery of that event id, even claiming a newer version, is recognised by the inbox ...
        send(new CoverageChanged(covered.eventId(), covered.type(), 3, covered.occurredAt(), post, post, "D01", java.util.List.of("HJ-001"),
                "EMPTY", null, "NONE", "S001", "TEST", covered.since(), null, null));
        // ... so the genuine version 3 that follows it on the same partition is still new
        send(coverage(post, 3, "STAND_IN", "S009", "STAND_IN", "S001"));
        awaitVersion(post, 3);
        given().header("Authorization", clerk).get("/api/intake/posts/" + post + "/coverage").then()
                .body("holder", equalTo("S009")).body("state", equalTo("STAND_IN"));
    }

    boolean processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).intValue() == 1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() throws Exception {
        String post = "P-" + UUID.randomUUID();
        TestEvents.send(bootstrap, Topics.ROSTER_COVERAGE, post, "{this is not an event");
        send(coverage(post, 1, "NORMAL", "S001", "A", null));
        awaitVersion(post, 1);
        List<ConsumerRecord<String, String>> dead = TestEvents.read(bootstrap,
                Topics.ROSTER_COVERAGE + Topics.DEAD_LETTER_SUFFIX, 1, Duration.ofSeconds(20));
        assertThat(dead).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo(post);
            assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull();
        });
    }

    @Test
    void anUnknownPostIsNotFound() {
        given().header("Authorization", clerk).get("/api/intake/posts/NOPE/coverage").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/intake/posts/NOPE/coverage").then().statusCode(401);
    }
}
