package org.windowsuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.contracts.PostAlarm;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.TestEvents;

/** The four packaged services, talking only over the real broker, used through the gateway as the portal does. */
class SuiteIT {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    static RunningSuite SUITE;
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    static String admin;

    @BeforeAll
    static void startSuite() throws Exception {
        SUITE = RunningSuite.shared();
        admin = SUITE.token("A000", "admin");
        RestAssured.baseURI = SUITE.gateway();
    }

    record Post(String id, String a, String b, String item) {
    }

    /** A post with A and B rostered for today (an explicit day, so the test runs on weekends too). */
    static Post rosteredPost() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Post p = new Post("P" + suffix, "A" + suffix, "B" + suffix, "HJ" + suffix);
        for (String staff : List.of(p.a(), p.b())) {
            given().header("Authorization", admin).contentType(ContentType.JSON)
                    .body(Map.of("id", staff, "name", "王芳", "department", "D01", "rank", 3))
                    .post("/api/roster/staff").then().statusCode(201);
        }
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("id", p.id(), "name", "户籍窗口", "department", "D01", "serviceItems", List.of(p.item())))
                .post("/api/roster/posts").then().statusCode(201);
        String today = LocalDate.now(OFFICE).toString();
        // roster-service knows working days only once deadline-service's calendar events reached it
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().header("Authorization", admin).contentType(ContentType.JSON)
                        .body(Map.of("a", p.a(), "b", p.b()))
                        .put("/api/roster/posts/" + p.id() + "/roster/" + today).then().statusCode(200));
        return p;
    }

    static io.restassured.response.ValidatableResponse intakeCoverage(String postId) {
        return given().header("Authorization", SUITE.token("S001", "clerk"))
                .get("/api/intake/posts/" + postId + "/coverage").then();
    }

    static String absence(String staffId, OffsetDateTime from, OffsetDateTime to) {
        return given().header("Authorization", SUITE.token(staffId, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("staffId", staffId, "from", from.toString(), "to", to.toString(), "reason", "LEAVE"))
                .post("/api/roster/absences").then().statusCode(201).extract().path("id");
    }

    /** Proves AB-1 (docs/rules.md). */
    @Test
    void absentAHolderMakesIntakeSeeBHoldingThePostAndABackReturnsIt() {
        Post p = rosteredPost();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                intakeCoverage(p.id()).statusCode(200).body("state", equalTo("NORMAL")).body("holder", equalTo(p.a())));

        OffsetDateTime now = OffsetDateTime.now(OFFICE).truncatedTo(ChronoUnit.SECONDS);
        long registered = System.nanoTime();
        String id = absence(p.a(), now.minusMinutes(1), now.plusHours(2));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                intakeCoverage(p.id()).body("state", equalTo("COVERED")).body("holder", equalTo(p.b()))
                        .body("role", equalTo("B")).body("actingFor", equalTo(p.a())));
        assertThat(Duration.ofNanos(System.nanoTime() - registered)).as("from absence to intake's projection")
                .isLessThan(Duration.ofSeconds(2));

        given().header("Authorization", SUITE.token(p.a(), "clerk")).post("/api/roster/absences/" + id + "/end")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                intakeCoverage(p.id()).body("state", equalTo("NORMAL")).body("holder", equalTo(p.a())));
    }

    @Test
    void theSameCoverageEventDeliveredTwiceChangesNothing() throws Exception {
        Post p = rosteredPost();
        OffsetDateTime now = OffsetDateTime.now(OFFICE).truncatedTo(ChronoUnit.SECONDS);
        absence(p.a(), now.minusMinutes(1), now.plusHours(2));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> intakeCoverage(p.id()).body("state", equalTo("COVERED")));
        int version = intakeCoverage(p.id()).extract().path("version");
        String before = projectionRow(p.id());

        // redeliver every event of this post, as a relay that crashed before marking them published would
        List<ConsumerRecord<String, String>> records = TestEvents.read(SUITE.bootstrap(), Topics.ROSTER_COVERAGE,
                Integer.MAX_VALUE, Duration.ofSeconds(3)).stream().filter(r -> p.id().equals(r.key())).toList();
        assertThat(records).hasSize(version);
        RecordMetadata last = null;
        for (ConsumerRecord<String, String> r : records) {
            last = TestEvents.send(SUITE.bootstrap(), Topics.ROSTER_COVERAGE, r.key(), r.value());
        }
        awaitConsumed("intake-service", last);

        assertThat(projectionRow(p.id())).isEqualTo(before);
        intakeCoverage(p.id()).body("state", equalTo("COVERED")).body("version", equalTo(version));
        CoverageChanged covered = MAPPER.readValue(records.get(records.size() - 1).value(), CoverageChanged.class);
        assertThat(covered.state()).isEqualTo("COVERED");
        assertThat(processedCount(covered.eventId())).isEqualTo(1);
    }

    /** Proves AB-3 (docs/rules.md). */
    @Test
    void aAndBBothAwayRaiseAnEmptyPostAlarm() {
        Post p = rosteredPost();
        OffsetDateTime now = OffsetDateTime.now(OFFICE).truncatedTo(ChronoUnit.SECONDS);
        absence(p.a(), now.minusMinutes(1), now.plusHours(2));
        absence(p.b(), now.minusMinutes(1), now.plusHours(1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> intakeCoverage(p.id()).body("state", equalTo("EMPTY")));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestEvents.read(SUITE.bootstrap(), Topics.ROSTER_ALARMS,
                Integer.MAX_VALUE, Duration.ofSeconds(2)).stream().filter(r -> p.id().equals(r.key()))
                .map(r -> read(r.value(), PostAlarm.class)).anyMatch(a -> a.kind().equals("EMPTY_POST")));
    }

    @Test
    void everyServiceAnswersThroughTheGatewayFromItsOwnData() {
        Post p = rosteredPost();
        given().queryParam("from", "2026-09-30").queryParam("workingDays", 5).get("/api/deadlines/calendar/add")
                .then().statusCode(200).body("date", equalTo("2026-10-13"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given()
                .header("Authorization", SUITE.token("C001", "complaint-officer"))
                .get("/api/complaints/staff/" + p.a()).then().statusCode(200).body("department", equalTo("D01")));
        given().get("/api/roster/whereabouts").then().statusCode(200);
        given().get("/api/intake/posts/coverage").then().statusCode(401).contentType("application/problem+json");
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String projectionRow(String postId) throws Exception {
        try (Connection c = SUITE.database("intake"); PreparedStatement ps = c.prepareStatement(
                "select state, holder, version, updated_at from post_coverage where post_id = ?")) {
            ps.setString(1, postId);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|" + rs.getTimestamp(4);
            }
        }
    }

    static int processedCount(UUID eventId) throws Exception {
        try (Connection c = SUITE.database("intake");
                PreparedStatement ps = c.prepareStatement("select count(*) from processed_event where event_id = ?")) {
            ps.setObject(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Waits until the consumer group has committed past the given record. */
    static void awaitConsumed(String group, RecordMetadata record) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SUITE.bootstrap());
        try (Admin admin = Admin.create(props)) {
            TopicPartition tp = new TopicPartition(record.topic(), record.partition());
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get().get(tp);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }
}
