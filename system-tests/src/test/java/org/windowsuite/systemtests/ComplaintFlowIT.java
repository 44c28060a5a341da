package org.windowsuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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

/** First inquiry, transfers and the complaint center across roster, complaint and deadline services. */
class ComplaintFlowIT {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    static RunningSuite suite;
    static String officer;

    @BeforeAll
    static void startSuite() throws Exception {
        SuiteIT.startSuite();
        suite = SuiteIT.SUITE;
        officer = suite.token("C001", "complaint-officer");
    }

    static String staff(String id, String department, int rank) {
        given().header("Authorization", SuiteIT.admin).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "员工" + id, "department", department, "rank", rank))
                .post("/api/roster/staff").then().statusCode(201);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", officer)
                .get("/api/complaints/staff/" + id).then().statusCode(200));
        return id;
    }

    static String suffix() {
        return java.util.UUID.randomUUID().toString().substring(0, 5);
    }

    /** Proves FI-1 (docs/rules.md). */
    @Test
    void aPhoneCallReceivedByAClerkWithASectionChiefPresentIsOwnedByTheChief() {
        String s = suffix();
        String clerk = staff("K" + s, "D01", 2);
        String chief = staff("H" + s, "D01", 6);
        given().header("Authorization", suite.token(clerk, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("kind", "COMPLAINT", "channel", "PHONE", "firstReceiver", clerk,
                        "presentStaff", List.of(clerk, chief), "client", Map.of("name", "赵六", "phone", "139"),
                        "matter", "投诉办理太慢"))
                .post("/api/complaints/contacts").then().statusCode(201).body("owner", equalTo(chief));
    }

    /** Proves FI-4 and FI-8 (docs/rules.md). */
    @Test
    void aTransferToAnAbsentAGoesToBAndAMissedAcknowledgementBecomesACandidateViolation() throws Exception {
        SuiteIT.Post p = SuiteIT.rosteredPost();
        String owner = staff("O" + suffix(), "D01", 3);
        OffsetDateTime now = OffsetDateTime.now(OFFICE).truncatedTo(ChronoUnit.SECONDS);
        SuiteIT.absence(p.a(), now.minusMinutes(1), now.plusHours(2));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", officer)
                .get("/api/complaints/staff/" + p.a()).then().body("coveredBy", equalTo(p.b())));

        String id = given().header("Authorization", suite.token(owner, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("kind", "QUERY", "channel", "VISIT", "firstReceiver", owner,
                        "client", Map.of("unit", "某公司", "name", "钱七", "phone", "137"), "matter", "查询营业执照进度"))
                .post("/api/complaints/contacts").then().statusCode(201).extract().path("id");
        given().header("Authorization", suite.token(owner, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("to", p.a(), "note", "请联系客户")).post("/api/complaints/contacts/" + id + "/transfer")
                .then().statusCode(200).body("receiver", equalTo(p.b())).body("coveringFor", equalTo(p.a()));

        String due = await().atMost(Duration.ofSeconds(15)).until(() -> given().header("Authorization", officer)
                .get("/api/complaints/contacts/" + id).then().extract().<String>path("transfers[0].acknowledgeDue"),
                java.util.Objects::nonNull);
        try {
            suite.setClock("deadline", OffsetDateTime.parse(due).plusMinutes(1));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", officer)
                    .get("/api/complaints/violations").then()
                    .body("find { it.kind == 'MISSED_ACKNOWLEDGEMENT' && it.staffId == '" + p.b() + "' }.actingFor",
                            equalTo(p.a())));
        } finally {
            suite.setClock("deadline", null);
        }
    }

    /** Proves FI-7 (docs/rules.md). */
    @Test
    void aComplaintIsRoutedAnsweredAndRated() {
        String s = suffix();
        String clerk = staff("Q" + s, "D02", 2);
        String chief = staff("W" + s, "D02", 5);
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("matchKind", "KEYWORD", "match", "营业执照" + s, "department", "D02"))
                .put("/api/complaints/routing-rules").then().statusCode(200);
        String id = given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("kind", "COMPLAINT", "channel", "LETTER", "firstReceiver", clerk,
                        "client", Map.of("name", "孙八", "phone", "136"), "matter", "营业执照" + s + "变更被多次要求补材料"))
                .post("/api/complaints/contacts").then().statusCode(201).extract().path("id");
        given().header("Authorization", officer).contentType(ContentType.JSON).body(Map.of())
                .post("/api/complaints/contacts/" + id + "/route").then().statusCode(200)
                .body("department", equalTo("D02"));
        given().header("Authorization", suite.token(chief, "supervisor")).contentType(ContentType.JSON)
                .body(Map.of("text", "已核实并一次性告知")).post("/api/complaints/contacts/" + id + "/answer").then()
                .statusCode(200);
        given().header("Authorization", officer).contentType(ContentType.JSON).body(Map.of("rating", 4))
                .post("/api/complaints/contacts/" + id + "/close").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("rating", equalTo(4)).body("closedAt", notNullValue());
    }
}
