package org.windowsuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.Topics;
import org.windowsuite.contracts.ViolationCandidate;
import org.windowsuite.testing.TestEvents;

/** Applications across roster, intake and deadline, through the gateway and the real broker. */
class IntakeFlowIT {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    static RunningSuite SUITE;
    static String admin;

    @BeforeAll
    static void startSuite() throws Exception {
        SuiteIT.startSuite();
        SUITE = SuiteIT.SUITE;
        admin = SuiteIT.admin;
    }

    static SuiteIT.Post stationWithItem() {
        SuiteIT.Post p = SuiteIT.rosteredPost();
        given().header("Authorization", SuiteIT.admin).contentType(ContentType.JSON).body(Map.of("code", p.item(),
                "name", "户口迁入", "department", "D01", "basis", "《户口登记条例》第十条", "promisedDays", 5,
                "statutoryDays", 20, "maxExtensionDays", 10, "materials", List.of(
                        Map.of("code", "M1", "name", "居民身份证", "required", true),
                        Map.of("code", "M2", "name", "户口簿", "required", true),
                        Map.of("code", "M3", "name", "房产证明", "required", true))))
                .post("/api/intake/service-items").then().statusCode(201);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> SuiteIT.intakeCoverage(p.id()).statusCode(200)
                .body("state", equalTo("NORMAL")));
        return p;
    }

    static io.restassured.response.ValidatableResponse apply(String clerk, SuiteIT.Post p, List<String> present,
            List<String> missing) {
        List<Map<String, Object>> materials = new java.util.ArrayList<>();
        present.forEach(c -> materials.add(Map.of("code", c, "status", "PRESENT")));
        missing.forEach(c -> materials.add(Map.of("code", c, "status", "MISSING")));
        return given().header("Authorization", SUITE.token(clerk, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("serviceItemCode", p.item(), "channel", "WINDOW", "materials", materials, "applicant",
                        Map.of("type", "PERSON", "idNumber", "110101199001011234", "name", "张三", "phone", "138")))
                .post("/api/intake/applications").then();
    }

    static io.restassured.response.ValidatableResponse application(String id) {
        return given().header("Authorization", admin).get("/api/intake/applications/" + id).then().statusCode(200);
    }

    /** Proves AB-2 (docs/rules.md). */
    @Test
    void absentAHolderRoutesNewCasesToBWhoCompletesThemWhileACannotAndABackGetsTheRest() {
        SuiteIT.Post p = stationWithItem();
        OffsetDateTime now = OffsetDateTime.now(OFFICE).truncatedTo(ChronoUnit.SECONDS);
        String absence = SuiteIT.absence(p.a(), now.minusMinutes(1), now.plusHours(2));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> SuiteIT.intakeCoverage(p.id())
                .body("state", equalTo("COVERED")));

        String done = apply(p.b(), p, List.of("M1", "M2", "M3"), List.of()).statusCode(201)
                .body("outcome", equalTo("ACCEPTED")).body("handler", equalTo(p.b())).body("actingFor", equalTo(p.a()))
                .extract().path("id");
        String open = apply(p.b(), p, List.of("M1", "M2", "M3"), List.of()).statusCode(201).extract().path("id");
        given().header("Authorization", SUITE.token(p.a(), "clerk")).contentType(ContentType.JSON)
                .body(Map.of("text", "done")).post("/api/intake/applications/" + done + "/complete").then()
                .statusCode(403);
        given().header("Authorization", SUITE.token(p.b(), "clerk")).contentType(ContentType.JSON)
                .body(Map.of("text", "done")).post("/api/intake/applications/" + done + "/complete").then()
                .statusCode(200).body("completedBy", equalTo(p.b())).body("completedFor", equalTo(p.a()));

        given().header("Authorization", SUITE.token(p.a(), "clerk")).post("/api/roster/absences/" + absence + "/end")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> application(open).body("handler", equalTo(p.a())));
        application(done).body("state", equalTo("COMPLETED")).body("completedBy", equalTo(p.b()));
    }

    /** AB-5 across the real processes: B's power ends the instant A's absence ends; the audit says for whom B acted. */
    @Test
    void bCompletesAsCaseWhileCoveringIsRefusedTheInstantCoverEndsAndTheAuditShowsBActingForA() throws Exception {
        SuiteIT.Post p = stationWithItem();
        OffsetDateTime now = OffsetDateTime.now(OFFICE).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime until = now.plusHours(2);
        SuiteIT.absence(p.a(), now.minusMinutes(1), until);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> SuiteIT.intakeCoverage(p.id())
                .body("state", equalTo("COVERED")));
        String completed = apply(p.b(), p, List.of("M1", "M2", "M3"), List.of()).statusCode(201)
                .body("handler", equalTo(p.b())).extract().path("id");
        String open = apply(p.b(), p, List.of("M1", "M2", "M3"), List.of()).statusCode(201).extract().path("id");
        String b = SUITE.token(p.b(), "clerk");
        given().header("Authorization", b).contentType(ContentType.JSON).body(Map.of("text", "办结"))
                .post("/api/intake/applications/" + completed + "/complete").then().statusCode(200)
                .body("completedBy", equalTo(p.b())).body("completedFor", equalTo(p.a()));
        given().header("Authorization", b).contentType(ContentType.JSON).body(Map.of("text", "已联系申请人"))
                .post("/api/intake/applications/" + open + "/notes").then().statusCode(200);
        try {
            // the instant A's absence ends — before roster's announcement can have arrived — B's same call is refused
            SUITE.setClock("intake", until);
            given().header("Authorization", b).contentType(ContentType.JSON).body(Map.of("text", "已联系申请人"))
                    .post("/api/intake/applications/" + open + "/notes").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("AB-5"));
        } finally {
            SUITE.setClock("intake", null);
        }
        given().header("Authorization", SUITE.token("SUP-AUDIT", "supervisor")).queryParam("subject", completed)
                .get("/api/intake/audit").then().statusCode(200)
                .body("find { it.action == 'COMPLETED' }.actor", equalTo(p.b()))
                .body("find { it.action == 'COMPLETED' }.role", equalTo("cover"))
                .body("find { it.action == 'COMPLETED' }.actingFor", equalTo(p.a()))
                .body("find { it.action == 'COMPLETED' }.after.state", equalTo("COMPLETED"));
        given().header("Authorization", SUITE.token("SUP-AUDIT", "supervisor")).queryParam("subject", open)
                .get("/api/intake/audit").then().body("action", contains("APPLIED", "NOTE"));
    }

    /** Proves SC-2.4 (docs/rules.md). */
    @Test
    void anIncompleteApplicationSupplementedIsAcceptedWithDueDatesAndASecondNoticeIsAViolation() {
        SuiteIT.Post p = stationWithItem();
        String id = apply(p.a(), p, List.of("M1", "M3"), List.of("M2")).statusCode(201)
                .body("outcome", equalTo("INCOMPLETE")).body("missingMaterials.code", contains("M2"))
                .extract().path("id");
        given().header("Authorization", SUITE.token(p.b(), "clerk")).contentType(ContentType.JSON)
                .body(Map.of("materials", List.of(Map.of("code", "M2", "status", "PRESENT"),
                        Map.of("code", "M3", "status", "DEFECTIVE", "reason", "未公证"))))
                .post("/api/intake/applications/" + id + "/supplements").then().statusCode(200)
                .body("outcome", equalTo("ACCEPTED")).body("repeatedDemandsRefused", contains("M3"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> application(id)
                .body("promisedDue", notNullValue()).body("statutoryDue", notNullValue()));
        await().atMost(Duration.ofSeconds(15)).until(() -> TestEvents.read(SUITE.bootstrap(),
                Topics.ACCOUNTABILITY_VIOLATIONS, Integer.MAX_VALUE, Duration.ofSeconds(2)).stream()
                .map(r -> SuiteIT.read(r.value(), ViolationCandidate.class))
                .anyMatch(v -> v.subjectId().equals(id) && v.staffId().equals(p.a())));
    }

    /** Proves SC-2.3 (docs/rules.md). */
    @Test
    void aCaseAcceptedBeforeNationalDayIsDueAfterItMovesWithAPauseAndWarnsAndGoesOverdueOnce() throws Exception {
        SuiteIT.Post p = stationWithItem();
        try {
            setClocks(OffsetDateTime.parse("2026-09-30T10:00:00+08:00"));
            String id = apply(p.a(), p, List.of("M1", "M2", "M3"), List.of()).statusCode(201)
                    .body("outcome", equalTo("ACCEPTED")).extract().path("id");
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> application(id)
                    .body("promisedDue", equalTo("2026-10-13T17:00:00+08:00")));

            setClocks(OffsetDateTime.parse("2026-10-09T10:00:00+08:00"));
            String holder = application(id).extract().path("handler");
            given().header("Authorization", SUITE.token(holder, "clerk")).contentType(ContentType.JSON)
                    .body(Map.of("text", "等待申请人补正")).post("/api/intake/applications/" + id + "/pause").then()
                    .statusCode(200);
            setClocks(OffsetDateTime.parse("2026-10-13T10:00:00+08:00"));
            given().header("Authorization", SUITE.token(holder, "clerk"))
                    .post("/api/intake/applications/" + id + "/resume").then().statusCode(200);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> application(id)
                    .body("promisedDue", equalTo("2026-10-16T17:00:00+08:00")));

            SUITE.setClock("deadline", OffsetDateTime.parse("2026-10-15T17:00:30+08:00"));
            await().atMost(Duration.ofSeconds(15)).until(() -> promisedAlerts(id).contains("WARNING"));
            SUITE.setClock("deadline", OffsetDateTime.parse("2026-10-16T17:01:00+08:00"));
            await().atMost(Duration.ofSeconds(15)).until(() -> promisedAlerts(id).contains("OVERDUE"));
            Thread.sleep(3000);
            List<String> alerts = promisedAlerts(id);
            assertThat(alerts.stream().filter("WARNING"::equals)).hasSize(1);
            assertThat(alerts.stream().filter("OVERDUE"::equals)).hasSize(1);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> application(id)
                    .body("deadlineLevel", equalTo("OVERDUE")));
            // the accountability ledger gets a candidate against whoever held the case when it went overdue
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given()
                    .header("Authorization", SUITE.token("C001", "complaint-officer"))
                    .get("/api/complaints/violations").then()
                    .body("find { it.subjectId == '" + id + "' && it.kind == 'OVERDUE' }.staffId", equalTo(holder)));
        } finally {
            SUITE.setClock("intake", null);
            SUITE.setClock("deadline", null);
        }
    }

    static void setClocks(OffsetDateTime at) throws Exception {
        SUITE.setClock("intake", at);
        SUITE.setClock("deadline", at);
    }

    static List<String> promisedAlerts(String caseId) {
        return TestEvents.read(SUITE.bootstrap(), Topics.DEADLINE_ALERTS, Integer.MAX_VALUE, Duration.ofSeconds(2))
                .stream().map(r -> SuiteIT.read(r.value(), DeadlineAlert.class))
                .filter(a -> a.subjectId().equals(caseId) && a.clockKind().equals("PROMISED"))
                .map(DeadlineAlert::alert).toList();
    }
}
