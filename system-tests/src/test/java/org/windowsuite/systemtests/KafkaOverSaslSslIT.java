package org.windowsuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CalendarYearPublished;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.BrokerProcess;
import org.windowsuite.testing.StrimziOperators;
import org.windowsuite.testing.TestDatabase;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.TestKeys;
import org.windowsuite.testing.Tokens;

/**
 * The production overlay's Kafka settings, end to end: packaged roster-service runs in a directory holding the
 * overlay's kafka-client.properties as {@code config/application.properties} (as the pod mounts it), with its
 * Kafka user's JAAS line in {@code KAFKA_SASL_JAAS_CONFIG} (as the Secret gives it), against a broker that takes only
 * TLS and SCRAM-SHA-512, whose topics and ACLs are those of deploy/k8s. Its outbox relay publishes, its consumer
 * reads, and a write outside its ACLs is refused.
 */
class KafkaOverSaslSslIT {

    static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static BrokerProcess broker;
    static TestDatabase database;
    static ServiceProcess roster;
    static TestKeys keys;

    @BeforeAll
    static void startSecuredBrokerAndRoster() throws Exception {
        broker = BrokerProcess.reserveSecured(Map.of("roster-service", "roster-secret", "deadline-service",
                "deadline-secret"));
        broker.start();
        Map<String, String> admin = broker.clientSettings(BrokerProcess.ADMIN);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                StrimziOperators.createTopics(admin, K8S.resolve("base/kafka/topics.yaml")));
        StrimziOperators.applyAcls(admin, K8S.resolve("kafka-users/users.yaml"), "roster-service");
        StrimziOperators.applyAcls(admin, K8S.resolve("kafka-users/users.yaml"), "deadline-service");

        Path work = Files.createTempDirectory("roster-sasl");
        Files.createDirectories(work.resolve("config"));
        Files.writeString(work.resolve("config/application.properties"),
                Files.readString(K8S.resolve("overlays/prod/kafka-client.properties"))
                        .replace("/etc/kafka-ca/ca.crt", broker.caCertificate().toString()));
        keys = TestKeys.generate();
        Path publicKey = work.resolve("public.pem");
        Files.writeString(publicKey, keys.publicKeyPem());
        database = TestDatabase.create("roster");
        Map<String, String> env = new java.util.HashMap<>(ServiceProcess.environment(database.jdbcUrl(),
                TestDatabase.user(), TestDatabase.password(), broker.bootstrapServers(), publicKey));
        env.put("KAFKA_SASL_JAAS_CONFIG", broker.jaas("roster-service"));
        roster = new ServiceProcess("roster", ROOT, work.resolve("roster.log"), env).workingIn(work).start();
        roster.awaitReady(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() {
        if (roster != null) {
            roster.stop();
        }
        if (broker != null) {
            broker.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void theRelayPublishesAndTheConsumerReadsOverTlsAsTheServicesOwnUserWithinItsAcls() throws Exception {
        String staffId = "S-" + UUID.randomUUID().toString().substring(0, 8);
        given().baseUri(roster.url()).header("Authorization", "Bearer " + Tokens.sign(keys.privateKeyPem(), "A000",
                        "admin")).contentType(ContentType.JSON)
                .body(Map.of("id", staffId, "name", "王芳", "department", "D01", "rank", 2))
                .post("/api/roster/staff").then().statusCode(201);
        // the outbox relay's producer (acks=all, idempotent) took the mounted kafka.* settings like the channels
        await().atMost(Duration.ofSeconds(30)).until(() -> TestEvents.readToEnd(broker.clientSettings(
                BrokerProcess.ADMIN), Topics.ROSTER_STAFF).stream().anyMatch(r -> r.value().contains(staffId)));

        // deadline-service publishes a year as its own user; roster-service's consumer applies it (its inbox says)
        UUID eventId = UUID.randomUUID();
        CalendarYearPublished year = new CalendarYearPublished(eventId, CalendarYearPublished.TYPE, 1,
                OffsetDateTime.now(), "2035", 2035, List.of(new CalendarYearPublished.Day(LocalDate.of(2035, 1, 1),
                        "元旦", true)));
        TestEvents.send(broker.clientSettings("deadline-service"), Topics.CALENDAR_YEARS, "2035",
                JSON.writeValueAsString(year));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(eventId));

        // and roster-service's user may write nothing beyond its channels
        assertThatThrownBy(() -> TestEvents.send(broker.clientSettings("roster-service"), Topics.INTAKE_CASES, "x",
                "{}")).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThat(roster.ready()).isTrue();
    }

    private static boolean processed(UUID eventId) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), TestDatabase.user(),
                TestDatabase.password());
                PreparedStatement s = c.prepareStatement("select count(*) from processed_event where event_id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) == 1;
            }
        }
    }
}
