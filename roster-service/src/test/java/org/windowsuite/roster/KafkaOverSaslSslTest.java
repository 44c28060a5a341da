package org.windowsuite.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.calendar.CalendarStore;
import org.windowsuite.contracts.CalendarYearPublished;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.BrokerProcess;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

/**
 * The production overlay's Kafka settings work end to end: roster-service's outbox relay publishes and its consumer
 * reads over TLS as its own SCRAM user, within exactly the ACLs deploy/k8s gives it.
 */
@QuarkusTest
@WithTestResource(value = SecuredKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "roster"))
class KafkaOverSaslSslTest {

    @Inject
    ObjectMapper mapper;
    @Inject
    CalendarStore calendar;

    @Test
    void theRelayPublishesAndTheConsumerReadsOverTlsAsTheServicesOwnUser() throws Exception {
        BrokerProcess broker = SecuredKafkaResource.broker;
        String staffId = "S-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", Tokens.bearer("A000", "admin")).contentType(ContentType.JSON)
                .body(Map.of("id", staffId, "name", "王芳", "department", "D01", "rank", 2))
                .post("/api/roster/staff").then().statusCode(201);
        // the outbox relay's producer (acks=all, idempotent) took the same kafka.* settings as the channels
        await().atMost(Duration.ofSeconds(30)).until(() -> TestEvents.readToEnd(broker.clientSettings(
                BrokerProcess.ADMIN), Topics.ROSTER_STAFF).stream().anyMatch(r -> r.value().contains(staffId)));

        // deadline-service publishes a year as its own user; roster-service's consumer applies it
        CalendarYearPublished year = new CalendarYearPublished(UUID.randomUUID(), CalendarYearPublished.TYPE, 1,
                OffsetDateTime.now(), "2035", 2035, List.of(new CalendarYearPublished.Day(LocalDate.of(2035, 1, 1),
                        "元旦", true)));
        TestEvents.send(broker.clientSettings("deadline-service"), Topics.CALENDAR_YEARS, "2035",
                mapper.writeValueAsString(year));
        await().atMost(Duration.ofSeconds(30)).until(() -> !calendar.fresh().isProvisional(LocalDate.of(2035, 1, 1)));

        // and roster-service's user may do nothing beyond its channels
        assertThatThrownBy(() -> TestEvents.send(broker.clientSettings("roster-service"), Topics.INTAKE_CASES, "x",
                "{}")).hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }
}
