package org.windowsuite.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.windowsuite.intake.IntakeTestSupport.admin;
import static org.windowsuite.intake.IntakeTestSupport.defective;
import static org.windowsuite.intake.IntakeTestSupport.missing;
import static org.windowsuite.intake.IntakeTestSupport.present;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CaseChanged;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.Topics;
import org.windowsuite.contracts.ViolationCandidate;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

@QuarkusTest
@WithTestResource(value = org.windowsuite.testing.SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "intake"))
class IntakeApiTest {

    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    IntakeTestSupport station() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        return s;
    }

    io.restassured.response.ValidatableResponse apply(String token, IntakeTestSupport s, List<Map<String, Object>> m) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(s.application(m))
                .post("/api/intake/applications").then();
    }

    /** Proves WP-1, WP-2, OTN-1, SC-2.1 and SC-2.2 (docs/rules.md). */
    @Test
    void theCatalogueIsPublicAndOnlyAnAdminEditsIt() throws Exception {
        IntakeTestSupport s = station();
        given().get("/api/intake/service-items").then().statusCode(200).body("code", hasItem(s.code));
        given().get("/api/intake/service-items/" + s.code).then().statusCode(200)
                .body("promisedDays", equalTo(5)).body("materials.code", contains("M1", "M2", "M3", "M4"))
                .body("materials[3].conditionAttribute", equalTo("married"));
        given().get("/api/intake/service-items/" + s.code + "/notice").then().statusCode(200)
                .body("basis", equalTo("《户口登记条例》第十条")).body("refusalGrounds[0].code", equalTo("R1"));
        given().accept("text/html").get("/api/intake/service-items/" + s.code + "/notice").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("一次性告知单"))
                .body(containsString("户口簿")).body(containsString("承诺时限 5 个工作日"));
        given().queryParam("q", s.code.toLowerCase()).get("/api/intake/service-items").then().body("code",
                contains(s.code));
        given().header("Authorization", Tokens.bearer("S001", "clerk")).contentType(ContentType.JSON)
                .body(Map.of("code", "X", "name", "x", "department", "D01", "basis", "b", "promisedDays", 1,
                        "statutoryDays", 1, "materials", List.of(IntakeTestSupport.material("M1", "x", true))))
                .post("/api/intake/service-items").then().statusCode(403);
        given().get("/api/intake/service-items/NOPE").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void thePromisedLimitMayNotExceedTheStatutoryOne() {
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "QY-" + UUID.randomUUID().toString().substring(0, 5), "name", "x",
                        "department", "D02", "basis", "b", "promisedDays", 30, "statutoryDays", 20,
                        "materials", List.of(IntakeTestSupport.material("M1", "营业执照", true))))
                .post("/api/intake/service-items").then().statusCode(422).body("rule", equalTo("SC-2.3"));
    }

    /** Proves WP-3 (docs/rules.md). */
    @Test
    void anEditMakesANewVersionAndACaseKeepsItsOwn() throws Exception {
        IntakeTestSupport s = station();
        String id = apply(Tokens.bearer(s.a, "clerk"), s, List.of(present("M1"))).statusCode(201)
                .extract().path("id");
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(Map.of("name", "户口迁入（新）",
                "department", "D01", "basis", "新依据", "promisedDays", 3, "statutoryDays", 20,
                "materials", List.of(IntakeTestSupport.material("M1", "居民身份证", true))))
                .put("/api/intake/service-items/" + s.code).then().statusCode(200).body("version", equalTo(2));
        given().header("Authorization", admin()).get("/api/intake/applications/" + id).then()
                .body("serviceItemVersion", equalTo(1))
                .body("missingMaterials.code", contains("M2", "M3"));
        given().queryParam("version", 1).get("/api/intake/service-items/" + s.code).then().body("basis",
                equalTo("《户口登记条例》第十条"));
    }

    /** Proves WP-4 (docs/rules.md). */
    @Test
    void completeMaterialsAreAcceptedAndRoutedToThePostsHolder() throws Exception {
        IntakeTestSupport s = station();
        String id = apply(Tokens.bearer(s.a, "clerk"), s, List.of(present("M1"), present("M2"), present("M3")))
                .statusCode(201).body("outcome", equalTo("ACCEPTED")).body("caseNumber", notNullValue())
                .body("postId", equalTo(s.post)).body("handler", equalTo(s.a)).body("actingFor", nullValue())
                .body("missingMaterials", empty()).extract().path("id");

        CaseChanged accepted = TestEvents.read(bootstrap, Topics.INTAKE_CASES, Integer.MAX_VALUE,
                Duration.ofSeconds(3)).stream().filter(r -> id.equals(r.key())).map(r -> read(r.value(),
                        CaseChanged.class)).filter(e -> e.change().equals("ACCEPTED")).findFirst().orElseThrow();
        assertThat(accepted.promisedDays()).isEqualTo(5);
        assertThat(accepted.statutoryDays()).isEqualTo(20);
        assertThat(accepted.maxExtensionDays()).isEqualTo(10);
        assertThat(accepted.handler()).isEqualTo(s.a);

        // deadline-service answers with the due dates
        DeadlineAlert scheduled = new DeadlineAlert(UUID.randomUUID(), DeadlineAlert.TYPE, 1, OffsetDateTime.now(),
                UUID.randomUUID().toString(), "SCHEDULED", "CASE", id, "PROMISED", "ON_TRACK",
                OffsetDateTime.parse("2026-12-09T17:00:00+08:00"), null, "D01", s.post, s.a, null, false);
        TestEvents.send(bootstrap, Topics.DEADLINE_ALERTS, scheduled.aggregateId(), mapper.writeValueAsString(scheduled));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", admin())
                .get("/api/intake/applications/" + id).then().body("promisedDue", equalTo("2026-12-09T17:00:00+08:00"))
                .body("state", equalTo("ACCEPTED")).body("history.action", hasItem("ACCEPTED")));
        given().header("Authorization", admin()).accept("text/html").get("/api/intake/applications/" + id + "/notice")
                .then().statusCode(200).body(containsString("受理通知书"));

        // overdue, then an extension puts the promised clock back on track: the case shows the statutory level
        alert(id, s, "OVERDUE", "PROMISED", "OVERDUE", "2026-12-09T17:00:00+08:00");
        alert(id, s, "WARNING", "STATUTORY", "WARNING", "2026-12-30T17:00:00+08:00");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", admin())
                .get("/api/intake/applications/" + id).then().body("deadlineLevel", equalTo("OVERDUE")));
        alert(id, s, "RETIMED", "PROMISED", "ON_TRACK", "2026-12-16T17:00:00+08:00");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", admin())
                .get("/api/intake/applications/" + id).then().body("deadlineLevel", equalTo("WARNING"))
                .body("promisedDue", equalTo("2026-12-16T17:00:00+08:00")));
    }

    /** Proves OTN-3 and SC-2.4 (docs/rules.md). */
    @Test
    void missingMaterialsGetOneNoticeListingEverythingAndTheListedSupplementIsAccepted() throws Exception {
        IntakeTestSupport s = station();
        String clerk = Tokens.bearer(s.a, "clerk");
        String id = apply(clerk, s, List.of(present("M1"), defective("M3", "复印件不清晰")))
                .statusCode(201).body("outcome", equalTo("INCOMPLETE")).body("caseNumber", nullValue())
                .body("missingMaterials.code", contains("M2", "M3"))
                .body("missingMaterials[1].reason", equalTo("复印件不清晰")).extract().path("id");
        given().header("Authorization", clerk).accept("text/html").get("/api/intake/applications/" + id + "/notice")
                .then().body(containsString("一次性告知书")).body(containsString("户口簿"));

        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("materials", List.of(present("M2")))).post("/api/intake/applications/" + id + "/supplements")
                .then().statusCode(200).body("outcome", equalTo("INCOMPLETE")).body("missingMaterials.code",
                        contains("M3"));
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("materials", List.of(present("M3")))).post("/api/intake/applications/" + id + "/supplements")
                .then().statusCode(200).body("outcome", equalTo("ACCEPTED")).body("state", equalTo("ACCEPTED"))
                .body("caseNumber", notNullValue()).body("handler", equalTo(s.a));
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("materials", List.of(present("M3")))).post("/api/intake/applications/" + id + "/supplements")
                .then().statusCode(409);
    }

    /** OTN-5: a simple matter's notice told orally is recorded like a printed one, on the application and register. */
    @Test
    void aNoticeToldOrallyAtTheWindowIsRecordedOnTheApplicationAndInTheRegister() throws Exception {
        IntakeTestSupport s = station();
        String clerk = Tokens.bearer(s.a, "clerk");
        Map<String, Object> body = new java.util.HashMap<>(s.application(List.of(present("M1"), present("M3"))));
        body.put("noticeGivenOrally", true);
        String id = given().header("Authorization", clerk).contentType(ContentType.JSON).body(body)
                .post("/api/intake/applications").then().statusCode(201).body("outcome", equalTo("INCOMPLETE"))
                .body("noticeDelivery", equalTo("ORAL")).body("firstNotice.code", contains("M2"))
                .body("history.find { it.action == 'INCOMPLETE' }.detail", containsString("told orally"))
                .extract().path("id");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        given().header("Authorization", Tokens.bearer("SUP", "supervisor")).queryParam("from", today)
                .queryParam("to", today).get("/api/intake/receptions").then().statusCode(200)
                .body("find { it.applicationId == '" + id + "' }.noticeDelivery", equalTo("ORAL"))
                .body("find { it.applicationId == '" + id + "' }.outcome", equalTo("APPLICATION_INCOMPLETE"));
        // what the notice listed still governs the supplement (OTN-3), told orally or not
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("materials", List.of(present("M2")))).post("/api/intake/applications/" + id + "/supplements")
                .then().statusCode(200).body("outcome", equalTo("ACCEPTED")).body("noticeDelivery", equalTo("ORAL"));

        String printed = apply(clerk, s, List.of(present("M1"), present("M3"))).statusCode(201)
                .body("noticeDelivery", equalTo("PRINTED")).extract().path("id");
        assertThat(printed).isNotEqualTo(id);
        String accepted = given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(withOralNotice(s.application(List.of(present("M1"), present("M2"), present("M3")))))
                .post("/api/intake/applications").then().statusCode(201).body("outcome", equalTo("ACCEPTED"))
                .body("noticeDelivery", nullValue()).extract().path("id");
        assertThat(accepted).isNotNull();
    }

    /** OTN-5: only someone the clerk speaks with can be told; a written application gets a written notice. */
    @Test
    void aNoticeOnALetterIsNeverToldOrally() throws Exception {
        IntakeTestSupport s = station();
        Map<String, Object> body = withOralNotice(s.application(List.of(present("M1"))));
        body.put("channel", "LETTER");
        given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON).body(body)
                .post("/api/intake/applications").then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("OTN-5"));
    }

    private static Map<String, Object> withOralNotice(Map<String, Object> application) {
        Map<String, Object> body = new java.util.HashMap<>(application);
        body.put("noticeGivenOrally", true);
        return body;
    }

    /** Proves OTN-6 (docs/rules.md). */
    @Test
    void aSecondNoticeForAnUnlistedMaterialIsRefusedRecordedAsAViolationAndTheCaseAccepted() throws Exception {
        IntakeTestSupport s = station();
        String first = "F-" + UUID.randomUUID().toString().substring(0, 6);
        String id = apply(Tokens.bearer(first, "clerk"), s, List.of(present("M1"), present("M3")))
                .body("missingMaterials.code", contains("M2")).extract().path("id");
        // another clerk now finds fault with M3, which the first notice did not ask for
        given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("materials", List.of(present("M2"), defective("M3", "not notarised"))))
                .post("/api/intake/applications/" + id + "/supplements").then().statusCode(200)
                .body("outcome", equalTo("ACCEPTED")).body("missingMaterials", empty())
                .body("repeatedDemandsRefused", contains("M3"))
                .body("history.action", hasItem("REPEATED_DEMAND_REFUSED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestEvents.read(bootstrap, Topics.ACCOUNTABILITY_VIOLATIONS,
                Integer.MAX_VALUE, Duration.ofSeconds(2)).stream().map(r -> read(r.value(), ViolationCandidate.class))
                .anyMatch(v -> v.subjectId().equals(id) && v.kind().equals("REPEATED_DEMAND")
                        && v.staffId().equals(first) && v.evidence().contains("M3")));
    }

    @Test
    void aConditionalMaterialIsDemandedOnlyOfApplicantsItConcerns() throws Exception {
        IntakeTestSupport s = station();
        Map<String, Object> body = new java.util.HashMap<>(s.application(List.of(present("M1"), present("M2"),
                present("M3"))));
        body.put("applicant", Map.of("type", "PERSON", "idNumber", "1", "name", "李四", "attributes",
                Map.of("married", "true")));
        given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON).body(body)
                .post("/api/intake/applications").then().statusCode(201).body("outcome", equalTo("INCOMPLETE"))
                .body("missingMaterials.code", contains("M4"));
    }

    @Test
    void badApplicationsGetClearAnswers() throws Exception {
        IntakeTestSupport s = station();
        String clerk = Tokens.bearer(s.a, "clerk");
        apply(clerk, s, List.of(present("M1"), present("X9"))).statusCode(422).body("detail", containsString("X9"));
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("serviceItemCode", "NOPE-1", "channel", "WINDOW", "applicant", Map.of("type", "PERSON",
                        "idNumber", "1", "name", "x"))).post("/api/intake/applications").then().statusCode(404);
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("serviceItemCode", s.code, "channel", "TELEPATHY", "applicant", Map.of("type", "PERSON",
                        "idNumber", "1", "name", "x"))).post("/api/intake/applications").then().statusCode(400)
                .body("errors.field", hasItem("channel"));
        given().header("Authorization", Tokens.bearer("C001", "complaint-officer")).contentType(ContentType.JSON)
                .body(s.application(List.of())).post("/api/intake/applications").then().statusCode(403);
    }

    /** Proves OTN-2 (docs/rules.md). */
    @Test
    void aMatterHandledElsewhereIsReferredToTheUnitAndHandler() {
        String code = "GA-" + UUID.randomUUID().toString().substring(0, 5);
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("matter", "出入境证件", "unit", "市公安局出入境管理支队", "handler", "陈警官", "phone", "0100000"))
                .put("/api/intake/referrals/" + code).then().statusCode(200);
        String id = given().header("Authorization", Tokens.bearer("S001", "clerk")).contentType(ContentType.JSON)
                .body(Map.of("serviceItemCode", code, "channel", "PHONE", "applicant", Map.of("type", "PERSON",
                        "idNumber", "1", "name", "王五"))).post("/api/intake/applications").then().statusCode(201)
                .body("outcome", equalTo("REFERRED")).body("referral.unit", equalTo("市公安局出入境管理支队"))
                .body("referral.handler", equalTo("陈警官")).extract().path("id");
        given().header("Authorization", admin()).accept("text/html").get("/api/intake/applications/" + id + "/notice")
                .then().body(containsString("市公安局出入境管理支队"));
    }

    /** Proves OTN-3 (docs/rules.md). */
    @Test
    void aRefusalStatesItsGroundAndBasis() throws Exception {
        IntakeTestSupport s = station();
        Map<String, Object> body = new java.util.HashMap<>(s.application(List.of(present("M1"))));
        body.put("refusalGround", "R1");
        String id = given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON)
                .body(body).post("/api/intake/applications").then().statusCode(201)
                .body("outcome", equalTo("REFUSED")).body("refusal.basis", equalTo("《户口登记条例》第十条"))
                .extract().path("id");
        given().header("Authorization", admin()).accept("text/html").get("/api/intake/applications/" + id + "/notice")
                .then().body(containsString("行政复议"));
        body.put("refusalGround", "R9");
        given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON).body(body)
                .post("/api/intake/applications").then().statusCode(422);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyNeverMakesASecondApplication() throws Exception {
        IntakeTestSupport s = station();
        String key = UUID.randomUUID().toString();
        String clerk = Tokens.bearer(s.a, "clerk");
        Map<String, Object> body = s.application(List.of(present("M1"), present("M2"), present("M3")));
        String first = given().header("Authorization", clerk).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/intake/applications").then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", clerk).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/intake/applications").then().statusCode(201).body("id", equalTo(first))
                .header("Idempotent-Replay", "true");
        given().header("Authorization", clerk).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(s.application(List.of(present("M1")))).post("/api/intake/applications").then().statusCode(409);
    }

    @Test
    void aDueDateOverAnUnpublishedYearIsShownAsAnEstimateUntilTheRetimingMakesItFinal() throws Exception {
        IntakeTestSupport s = station();
        String id = apply(Tokens.bearer(s.a, "clerk"), s, List.of(present("M1"), present("M2"), present("M3")))
                .statusCode(201).body("outcome", equalTo("ACCEPTED")).extract().path("id");
        alert(id, s, "SCHEDULED", "PROMISED", "ON_TRACK", "2026-12-22T17:00:00+08:00");
        alert(id, s, "SCHEDULED", "STATUTORY", "ON_TRACK", "2027-01-27T17:00:00+08:00", true);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", admin())
                .get("/api/intake/applications/" + id).then().body("statutoryDue", equalTo("2027-01-27T17:00:00+08:00"))
                .body("statutoryDueProvisional", equalTo(true)).body("promisedDueProvisional", equalTo(false)));
        given().header("Authorization", admin()).accept("text/html").get("/api/intake/applications/" + id + "/notice")
                .then().statusCode(200).body(containsString("（法定，预计，待国务院公布2027年放假安排后确定）"))
                .body(containsString("（承诺）"));
        given().header("Authorization", admin()).get("/api/intake/posts/" + s.post + "/queue").then().statusCode(200)
                .body("cases.find { it.id == '" + id + "' }.statutoryDueProvisional", equalTo(true));

        // the 2027 schedule is published: deadline-service re-times the clock and the estimate becomes final
        alert(id, s, "RETIMED", "STATUTORY", "ON_TRACK", "2027-01-26T17:00:00+08:00");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", admin())
                .get("/api/intake/applications/" + id).then().body("statutoryDue", equalTo("2027-01-26T17:00:00+08:00"))
                .body("statutoryDueProvisional", equalTo(false)));
        given().header("Authorization", admin()).accept("text/html").get("/api/intake/applications/" + id + "/notice")
                .then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("预计")));
    }

    void alert(String caseId, IntakeTestSupport s, String alert, String clockKind, String level, String due)
            throws Exception {
        alert(caseId, s, alert, clockKind, level, due, false);
    }

    void alert(String caseId, IntakeTestSupport s, String alert, String clockKind, String level, String due,
            boolean provisional) throws Exception {
        DeadlineAlert a = new DeadlineAlert(UUID.randomUUID(), DeadlineAlert.TYPE, 2, OffsetDateTime.now(),
                caseId + clockKind, alert, "CASE", caseId, clockKind, level, OffsetDateTime.parse(due), null, "D01",
                s.post, s.a, null, provisional);
        TestEvents.send(bootstrap, Topics.DEADLINE_ALERTS, a.aggregateId(), mapper.writeValueAsString(a));
    }

    <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> m(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<Map<String, Object>> all() {
        return List.of(present("M1"), present("M2"), present("M3"), missing("M4"));
    }
}
