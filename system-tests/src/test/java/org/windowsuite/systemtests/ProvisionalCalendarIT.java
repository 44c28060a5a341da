package org.windowsuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CaseChanged;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.TestEvents;

/**
 * SC-2.3, SC-2.4, AB-1 across the packaged services: a time limit that runs into a year whose holiday schedule is
 * not published still gets its clocks (provisional, from the holiday law), and publishing the year makes them final.
 */
class ProvisionalCalendarIT {

    /** A test fixture shaped like a State Council notice: Sunday 27 December works for New Year, 1–3 January off. */
    static final String NOTICE_2027 = """
            {"year":2027,"papers":["test fixture"],"days":[
              {"name":"元旦","date":"2026-12-27","isOffDay":false},
              {"name":"元旦","date":"2027-01-01","isOffDay":true},
              {"name":"元旦","date":"2027-01-02","isOffDay":true},
              {"name":"元旦","date":"2027-01-03","isOffDay":true},
              {"name":"春节","date":"2027-02-05","isOffDay":true},
              {"name":"春节","date":"2027-02-06","isOffDay":true},
              {"name":"春节","date":"2027-02-07","isOffDay":true},
              {"name":"春节","date":"2027-02-08","isOffDay":true},
              {"name":"春节","date":"2027-02-09","isOffDay":true},
              {"name":"春节","date":"2027-02-10","isOffDay":true},
              {"name":"春节","date":"2027-02-11","isOffDay":true},
              {"name":"春节","date":"2027-02-20","isOffDay":false}]}""";

    static RunningSuite SUITE;

    @BeforeAll
    static void startSuite() throws Exception {
        SuiteIT.startSuite();
        SUITE = SuiteIT.SUITE;
    }

    @Test
    void aCaseAndARosterIntoUnpublished2027RunOnTheHolidayLawAndFollowTheScheduleOncePublished() throws Exception {
        SuiteIT.Post p = SuiteIT.rosteredPost();
        given().header("Authorization", SuiteIT.admin).contentType(ContentType.JSON).body(Map.of("code", p.item(),
                "name", "居民身份证换领", "department", "D01", "basis", "《居民身份证法》第十一条", "promisedDays", 5,
                "statutoryDays", 30, "materials", List.of(Map.of("code", "M1", "name", "居民身份证", "required", true))))
                .post("/api/intake/service-items").then().statusCode(201);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> SuiteIT.intakeCoverage(p.id()).statusCode(200)
                .body("state", equalTo("NORMAL")));
        // AB-1: a roster range into 2027 is accepted at once, on the holiday law's working days
        given().header("Authorization", SuiteIT.admin).contentType(ContentType.JSON)
                .body(Map.of("from", "2026-12-21", "to", "2027-01-15", "a", p.a(), "b", p.b()))
                .put("/api/roster/posts/" + p.id() + "/roster").then().statusCode(200)
                .body("days.date", hasItem("2027-01-04")).body("days.date", not(hasItem("2026-12-27")))
                .body("days.date", not(hasItem("2027-01-01")));

        String id;
        try {
            SUITE.setClock("intake", OffsetDateTime.parse("2026-12-15T10:00:00+08:00"));
            SUITE.setClock("deadline", OffsetDateTime.parse("2026-12-15T10:00:00+08:00"));
            id = given().header("Authorization", SUITE.token(p.a(), "clerk")).contentType(ContentType.JSON)
                    .body(Map.of("serviceItemCode", p.item(), "channel", "WINDOW", "materials",
                            List.of(Map.of("code", "M1", "status", "PRESENT")), "applicant", Map.of("type", "PERSON",
                                    "idNumber", "110101199001011234", "name", "张三", "phone", "138")))
                    .post("/api/intake/applications").then().statusCode(201).body("outcome", equalTo("ACCEPTED"))
                    .extract().path("id");
        } finally {
            SUITE.setClock("intake", null);
            SUITE.setClock("deadline", null);
        }
        // SC-2.3: both clocks within seconds; 30 working days from 15 December end in provisional 2027
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> application(id)
                .body("promisedDue", equalTo("2026-12-22T17:00:00+08:00")).body("promisedDueProvisional", equalTo(false))
                .body("statutoryDue", equalTo("2027-01-27T17:00:00+08:00"))
                .body("statutoryDueProvisional", equalTo(true)));
        given().header("Authorization", SUITE.token("S004", "supervisor")).queryParam("subjectType", "CASE")
                .queryParam("subjectId", id).get("/api/deadlines/clocks").then().statusCode(200)
                .body("size()", equalTo(2)).body("find { it.kind == 'STATUTORY' }.dueProvisional", equalTo(true));

        given().header("Authorization", SuiteIT.admin).contentType(ContentType.JSON).body(NOTICE_2027)
                .put("/api/deadlines/calendar/years/2027").then().statusCode(200);
        given().get("/api/deadlines/calendar/days/2027-01-04").then().statusCode(200)
                .body("workingDay", equalTo(true)).body("provisional", equalTo(false));
        // the Sunday make-up day moves the statutory due date a day earlier, and it is final now
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> application(id)
                .body("statutoryDue", equalTo("2027-01-26T17:00:00+08:00"))
                .body("statutoryDueProvisional", equalTo(false))
                .body("promisedDue", equalTo("2026-12-22T17:00:00+08:00")));
        List<DeadlineAlert> retimed = alerts(id).stream().filter(a -> a.alert().equals("RETIMED")).toList();
        assertThat(retimed).hasSize(1);
        assertThat(retimed.get(0).clockKind()).isEqualTo("STATUTORY");
        assertThat(retimed.get(0).previousDueAt()).isEqualTo(OffsetDateTime.parse("2027-01-27T17:00:00+08:00"));
        assertThat(retimed.get(0).dueProvisional()).isFalse();

        // AB-1: roster-service re-derived the range from the published notice
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().header("Authorization", SuiteIT.admin)
                .queryParam("from", "2026-12-21").queryParam("to", "2027-01-15")
                .get("/api/roster/posts/" + p.id() + "/roster").then().statusCode(200)
                .body("days.find { it.date == '2026-12-27' }.a", equalTo(p.a()))
                .body("days.date", not(hasItem("2027-01-01"))));
    }

    @Test
    void aDeadLetteredAcceptanceIsReplayedByTheOperatorCommandAndItsClocksAppearOnce() throws Exception {
        // what the old consumer did to an acceptance it could not time: sent it to the dead-letter topic
        String caseId = UUID.randomUUID().toString();
        OffsetDateTime accepted = OffsetDateTime.parse("2026-11-23T10:00:00+08:00");
        CaseChanged lost = new CaseChanged(UUID.randomUUID(), CaseChanged.TYPE, 2, accepted, caseId, "ACCEPTED",
                "HJ-2026-9999", "HJ-002", "D01", "P01", "S001", null, accepted, 10, 20, 30, null, null);
        TestEvents.send(SUITE.bootstrap(), Topics.INTAKE_CASES + Topics.DEAD_LETTER_SUFFIX, caseId,
                SuiteIT.MAPPER.writeValueAsString(lost));
        assertThat(clockCount(caseId)).isZero();

        String first = replay("deadline", Topics.INTAKE_CASES);
        assertThat(first).contains("\"deadLetterTopic\":\"intake.cases.v1.dlq\"");
        assertThat(clockCount(caseId)).isEqualTo(2);
        replay("deadline", Topics.INTAKE_CASES);
        assertThat(clockCount(caseId)).as("a second replay applies nothing twice").isEqualTo(2);
        given().header("Authorization", SUITE.token("S004", "supervisor")).queryParam("subjectType", "CASE")
                .queryParam("subjectId", caseId).get("/api/deadlines/clocks").then().statusCode(200)
                .body("find { it.kind == 'STATUTORY' }.dueDay", equalTo("2026-12-21"));
    }

    static io.restassured.response.ValidatableResponse application(String id) {
        return given().header("Authorization", SuiteIT.admin).get("/api/intake/applications/" + id).then()
                .statusCode(200);
    }

    /** Runs the operator command the README documents against the suite's deadline-service. */
    static String replay(String service, String topic) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        ProcessBuilder pb = new ProcessBuilder(root.resolve("deploy/local/replay-dlq").toString(), service, topic)
                .redirectErrorStream(true);
        pb.environment().put("SERVICE_URL", SUITE.serviceUrl(service));
        pb.environment().put("TOKEN", SUITE.token("A000", "admin").substring("Bearer ".length()));
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    static int clockCount(String caseId) throws Exception {
        try (Connection c = SUITE.database("deadline");
                PreparedStatement s = c.prepareStatement("select count(*) from deadline_clock where subject_id = ?")) {
            s.setString(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    static List<DeadlineAlert> alerts(String caseId) {
        return TestEvents.read(SUITE.bootstrap(), Topics.DEADLINE_ALERTS, Integer.MAX_VALUE, Duration.ofSeconds(2))
                .stream().map(r -> SuiteIT.read(r.value(), DeadlineAlert.class))
                .filter(a -> a.subjectId().equals(caseId)).toList();
    }
}
