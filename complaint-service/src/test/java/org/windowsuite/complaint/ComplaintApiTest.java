package org.windowsuite.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
import org.windowsuite.contracts.ContactChanged;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.Topics;
import org.windowsuite.contracts.ViolationCandidate;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "complaint"))
class ComplaintApiTest {

    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String officer = Tokens.bearer("C001", "complaint-officer");

    String staff(String id, String department, int rank) throws Exception {
        return ComplaintFixtures.staff(mapper, bootstrap, id, department, rank);
    }

    io.restassured.response.ValidatableResponse register(String token, Map<String, Object> body) {
        return ComplaintFixtures.register(token, body);
    }

    static Map<String, Object> contact(String kind, String receiver, List<String> present, String matter) {
        return ComplaintFixtures.contact(kind, receiver, present, matter);
    }

    <T> List<T> read(String topic, Class<T> type) {
        return TestEvents.read(bootstrap, topic, Integer.MAX_VALUE, Duration.ofSeconds(2)).stream().map(r -> {
            try {
                return mapper.readValue(r.value(), type);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Proves FI-1 (docs/rules.md). */
    @Test
    void aPhoneCallReceivedByAClerkWithASectionChiefPresentIsOwnedByTheChief() throws Exception {
        String clerk = staff("S001", "D01", 2);
        String chief = staff("S007", "D01", 6);
        register(Tokens.bearer(clerk, "clerk"), contact("CONSULTATION", clerk, List.of(clerk, chief), "户口迁移政策"))
                .statusCode(201).body("owner", equalTo(chief)).body("state", equalTo("OPEN"));
        register(Tokens.bearer(clerk, "clerk"), contact("CONSULTATION", clerk, List.of("NOBODY-1"), "x"))
                .statusCode(422).body("detail", containsString("NOBODY-1"));
    }

    /** Proves FI-3 and FI-5 (docs/rules.md). */
    @Test
    void theOwnerClosesAContactByAnsweringReferringOrGuidingOutsideTheSystem() throws Exception {
        String owner = staff("S040", "D01", 3);
        String other = staff("S041", "D01", 2);
        String clerk = Tokens.bearer(owner, "clerk");
        String answered = register(clerk, contact("CONSULTATION", owner, List.of(), "迁户口要带什么")).extract().path("id");
        given().header("Authorization", Tokens.bearer(other, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("text", "x")).post("/api/complaints/contacts/" + answered + "/handle").then().statusCode(403);
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("text", "已一次性告知所需材料")).post("/api/complaints/contacts/" + answered + "/handle")
                .then().statusCode(200).body("state", equalTo("HANDLED")).body("answer", equalTo("已一次性告知所需材料"));
        given().header("Authorization", clerk).contentType(ContentType.JSON).body(Map.of("text", "again"))
                .post("/api/complaints/contacts/" + answered + "/handle").then().statusCode(409);

        String referred = register(clerk, contact("QUERY", owner, List.of(), "税务发票")).extract().path("id");
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("to", "区税务局办税服务厅", "note", "已告知地址和电话"))
                .post("/api/complaints/contacts/" + referred + "/refer").then().statusCode(200)
                .body("state", equalTo("REFERRED")).body("referredTo", equalTo("区税务局办税服务厅"));

        String outside = register(clerk, contact("CONSULTATION", owner, List.of(), "邻里纠纷")).extract().path("id");
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("text", "建议向社区人民调解委员会申请调解"))
                .post("/api/complaints/contacts/" + outside + "/outside-system").then().statusCode(200)
                .body("state", equalTo("OUTSIDE_SYSTEM")).body("guidance", equalTo("建议向社区人民调解委员会申请调解"));
    }

    /** Proves FI-4 (docs/rules.md). */
    @Test
    void aTransferToAnAbsentAGoesToBWhoCoversAndMustAcknowledge() throws Exception {
        String owner = staff("S001", "D01", 3);
        String a = staff("S003", "D01", 3);
        String b = staff("S004", "D01", 2);
        String post = "P-" + UUID.randomUUID().toString().substring(0, 6);
        TestEvents.send(bootstrap, Topics.ROSTER_COVERAGE, post, mapper.writeValueAsString(new CoverageChanged(
                UUID.randomUUID(), CoverageChanged.TYPE, 2, OffsetDateTime.now(), post, post, "D01", List.of(),
                "COVERED", b, "B", a, "ABSENCE_STARTED", OffsetDateTime.now(), null, "LEAVE")));
        String id = register(Tokens.bearer(owner, "clerk"), contact("QUERY", owner, List.of(), "查询办件进度"))
                .statusCode(201).extract().path("id");

        given().header("Authorization", Tokens.bearer(owner, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("to", owner)).post("/api/complaints/contacts/" + id + "/transfer").then().statusCode(422);
        given().header("Authorization", Tokens.bearer(b, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("to", a)).post("/api/complaints/contacts/" + id + "/transfer").then().statusCode(403);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", officer)
                .get("/api/complaints/staff/" + a).then().body("coveredBy", equalTo(b)));
        String transfer = given().header("Authorization", Tokens.bearer(owner, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("to", a, "note", "请回电客户")).post("/api/complaints/contacts/" + id + "/transfer")
                .then().statusCode(200).body("receiver", equalTo(b)).body("coveringFor", equalTo(a))
                .extract().path("id");
        given().header("Authorization", Tokens.bearer(owner, "clerk")).get("/api/complaints/contacts/" + id).then()
                .body("transfers[0].receiver", equalTo(b)).body("transfers[0].coveringFor", equalTo(a))
                .body("history.action", hasItem("TRANSFERRED"));

        given().header("Authorization", Tokens.bearer(a, "clerk"))
                .post("/api/complaints/contacts/transfers/" + transfer + "/acknowledge").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(b, "clerk"))
                .post("/api/complaints/contacts/transfers/" + transfer + "/acknowledge").then().statusCode(200);
        given().header("Authorization", Tokens.bearer(b, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("text", "已电话答复")).post("/api/complaints/contacts/transfers/" + transfer + "/resolve")
                .then().statusCode(200);
        // someone neither involved nor of the matter's department: the contact does not exist for them
        given().header("Authorization", Tokens.bearer("STRANGER", "clerk")).get("/api/complaints/contacts/" + id)
                .then().statusCode(404).contentType("application/problem+json");

        List<ContactChanged> changes = read(Topics.COMPLAINT_CONTACTS, ContactChanged.class).stream()
                .filter(c -> c.aggregateId().equals(id)).toList();
        assertThat(changes).extracting(ContactChanged::change).containsExactly("REGISTERED", "TRANSFERRED",
                "ACKNOWLEDGED", "RESOLVED");
        ContactChanged transferred = changes.get(1);
        assertThat(transferred.responsible()).isEqualTo(b);
        assertThat(transferred.actingFor()).isEqualTo(a);
        assertThat(List.of(transferred.ackDays(), transferred.contactDays(), transferred.resolveDays()))
                .containsExactly(0, 1, 5);
    }

    /** Proves FI-7 (docs/rules.md). */
    @Test
    void aComplaintIsRoutedAnsweredReviewedAndRatedOnce() throws Exception {
        String clerk = staff("S010", "D03", 2);
        String deptStaff = staff("S011", "D03", 5);
        String otherDept = staff("S012", "D02", 5);
        String keyword = "社保" + UUID.randomUUID().toString().substring(0, 4);
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("matchKind", "KEYWORD", "match", keyword, "department", "D03"))
                .put("/api/complaints/routing-rules").then().statusCode(200);
        String id = register(officer, contact("COMPLAINT", clerk, List.of(), "投诉" + keyword + "窗口态度差"))
                .statusCode(201).body("state", equalTo("REGISTERED")).extract().path("id");
        given().header("Authorization", Tokens.bearer(clerk, "clerk")).contentType(ContentType.JSON).body(Map.of())
                .post("/api/complaints/contacts/" + id + "/route").then().statusCode(403);
        given().header("Authorization", officer).contentType(ContentType.JSON).body(Map.of())
                .post("/api/complaints/contacts/" + id + "/route").then().statusCode(200)
                .body("department", equalTo("D03")).body("state", equalTo("ROUTED"));
        given().header("Authorization", Tokens.bearer(otherDept, "supervisor")).contentType(ContentType.JSON)
                .body(Map.of("text", "x")).post("/api/complaints/contacts/" + id + "/answer").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(deptStaff, "supervisor")).contentType(ContentType.JSON)
                .body(Map.of("text", "已批评教育当事人")).post("/api/complaints/contacts/" + id + "/answer").then()
                .statusCode(200).body("state", equalTo("ANSWERED"));
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("decision", "SEND_BACK", "note", "请说明整改措施"))
                .post("/api/complaints/contacts/" + id + "/review").then().statusCode(200).body("state", equalTo("ROUTED"));
        given().header("Authorization", Tokens.bearer(deptStaff, "supervisor")).contentType(ContentType.JSON)
                .body(Map.of("text", "已整改并回访")).post("/api/complaints/contacts/" + id + "/answer").then()
                .statusCode(200);
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("rating", 2, "comment", "仍不满意", "upheldAgainst", clerk))
                .post("/api/complaints/contacts/" + id + "/close").then().statusCode(200)
                .body("state", equalTo("FOLLOW_UP")).body("rating", equalTo(2));
        given().header("Authorization", officer).contentType(ContentType.JSON).body(Map.of("rating", 5))
                .post("/api/complaints/contacts/" + id + "/close").then().statusCode(409);
        given().header("Authorization", officer).queryParam("staffId", clerk).get("/api/complaints/accountability")
                .then().body("entries.kind", hasItem("COMPLAINT_UPHELD"));
    }

    @Test
    void aReportersIdentityIsSeenOnlyByComplaintOfficersAndAnonymousReportsAreAccepted() throws Exception {
        String clerk = staff("S020", "D02", 2);
        String supervisor = staff("S021", "D02", 5);
        String id = register(officer, contact("REPORT", clerk, List.of(), "举报窗口人员收受财物")).statusCode(201)
                .extract().path("id");
        given().header("Authorization", officer).contentType(ContentType.JSON).body(Map.of("department", "D02"))
                .post("/api/complaints/contacts/" + id + "/route").then().statusCode(200);
        given().header("Authorization", officer).get("/api/complaints/contacts/" + id).then()
                .body("client.name", equalTo("赵六")).body("client.phone", equalTo("13900000000"));
        given().header("Authorization", Tokens.bearer(supervisor, "supervisor")).get("/api/complaints/contacts/" + id)
                .then().statusCode(200).body("matter", equalTo("举报窗口人员收受财物"))
                .body("client.name", equalTo("(reporter protected)")).body(not(containsString("13900000000")));
        given().header("Authorization", Tokens.bearer(supervisor, "supervisor")).queryParam("kind", "REPORT")
                .get("/api/complaints/contacts").then().statusCode(200).body(not(containsString("赵六")));
        register(officer, Map.of("kind", "REPORT", "channel", "LETTER", "firstReceiver", clerk, "matter", "匿名举报"))
                .statusCode(201).body("anonymous", equalTo(true)).body("client", nullValue());

        // a report's transfer runs on the report limits (configured per kind)
        given().header("Authorization", Tokens.bearer(clerk, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("to", supervisor)).post("/api/complaints/contacts/" + id + "/transfer").then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> read(Topics.COMPLAINT_CONTACTS, ContactChanged.class)
                .stream().anyMatch(c -> c.aggregateId().equals(id) && c.change().equals("TRANSFERRED")
                        && c.resolveDays() == 10));
        register(officer, Map.of("kind", "COMPLAINT", "channel", "LETTER", "firstReceiver", clerk, "matter", "x"))
                .statusCode(422);
    }

    @Test
    void whoSeesAContactIsOneRuleForTheApiAndTheConsole() throws Exception {
        String clerk = staff("S040", "D03", 2);
        String colleague = staff("S041", "D03", 2);
        String outsider = staff("S042", "D04", 2);
        String id = register(officer, contact("COMPLAINT", clerk, List.of(), "窗口态度生硬")).statusCode(201)
                .extract().path("id");
        given().header("Authorization", officer).contentType(ContentType.JSON).body(Map.of("department", "D03"))
                .post("/api/complaints/contacts/" + id + "/route").then().statusCode(200);
        // a complaint-center matter routed to D03: D03 sees it, D04 and the portal do not even learn it exists
        given().header("Authorization", Tokens.bearer(colleague, "clerk")).get("/api/complaints/contacts/" + id)
                .then().statusCode(200);
        given().cookie("ws_token", Tokens.token(colleague, "clerk")).get("/console/contacts/" + id).then()
                .statusCode(200);
        for (String token : List.of(Tokens.bearer(outsider, "clerk"), Tokens.bearer("PORTAL1", "portal"))) {
            given().header("Authorization", token).get("/api/complaints/contacts/" + id).then().statusCode(404);
        }
        given().cookie("ws_token", Tokens.token(outsider, "clerk")).get("/console/contacts/" + id).then()
                .statusCode(404);
        // the portal's token opens no page: it cannot register a contact through the console either
        given().cookie("ws_token", Tokens.token("PORTAL1", "portal")).cookie(org.windowsuite.testing.PageCsrf.COOKIE, org.windowsuite.testing.PageCsrf.TOKEN)
                .header(org.windowsuite.testing.PageCsrf.HEADER, org.windowsuite.testing.PageCsrf.TOKEN)
                .contentType("application/x-www-form-urlencoded")
                .formParam("kind", "COMPLAINT").formParam("channel", "PHONE").formParam("matter", "x")
                .post("/console/contacts").then().statusCode(403);
    }

    @Test
    void aCandidateThatNamesNobodyIsLeftOutOfTheLedgerAndTheConsumerGoesOn() throws Exception {
        ViolationCandidate nobody = new ViolationCandidate(UUID.randomUUID(), ViolationCandidate.TYPE, 1,
                OffsetDateTime.now(), "APP-NOBODY", "OVERDUE", null, null, "D01", "APPLICATION", "APP-NOBODY",
                "overdue on an empty post");
        ViolationCandidate next = new ViolationCandidate(UUID.randomUUID(), ViolationCandidate.TYPE, 1,
                OffsetDateTime.now(), "APP-NEXT", "OVERDUE", "S-NEXT", null, "D01", "APPLICATION", "APP-NEXT",
                "overdue");
        TestEvents.send(bootstrap, Topics.ACCOUNTABILITY_VIOLATIONS, "APP-NOBODY", mapper.writeValueAsString(nobody));
        TestEvents.send(bootstrap, Topics.ACCOUNTABILITY_VIOLATIONS, "APP-NOBODY", mapper.writeValueAsString(next));
        // the later candidate on the same partition arrives: the one before it was decided, not stuck or thrown
        await().atMost(Duration.ofSeconds(20)).until(() -> given().header("Authorization", officer)
                .get("/api/complaints/violations").then().extract().response(),
                r -> r.path("find { it.subjectId == 'APP-NEXT' }") != null);
        given().header("Authorization", officer).get("/api/complaints/violations").then()
                .body("find { it.subjectId == 'APP-NOBODY' }", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aComplaintOfficerNeverDecidesAnEntryAgainstThemself() throws Exception {
        String self = "C001";
        ViolationCandidate own = new ViolationCandidate(UUID.randomUUID(), ViolationCandidate.TYPE, 1,
                OffsetDateTime.now(), "APP-9", "REPEATED_DEMAND", self, null, "CC", "APPLICATION", "APP-9",
                "OTN-3: material M9 not on the first notice");
        TestEvents.send(bootstrap, Topics.ACCOUNTABILITY_VIOLATIONS, "APP-9", mapper.writeValueAsString(own));
        String id = await().atMost(Duration.ofSeconds(20)).until(() -> given().header("Authorization", officer)
                .get("/api/complaints/violations").then().extract().response(),
                r -> r.path("find { it.subjectId == 'APP-9' }") != null).path("find { it.subjectId == 'APP-9' }.id");
        given().header("Authorization", officer).contentType(ContentType.JSON).body(Map.of("note", "不属实"))
                .post("/api/complaints/violations/" + id + "/dismiss").then().statusCode(403)
                .body("detail", containsString("OTN-6"));
        given().header("Authorization", Tokens.bearer("C002", "complaint-officer")).contentType(ContentType.JSON)
                .body(Map.of("note", "属实")).post("/api/complaints/violations/" + id + "/verify").then()
                .statusCode(200).body("decidedBy", equalTo("C002"));
    }

    /** Proves OTN-6 (docs/rules.md). */
    @Test
    void candidatesFromEventsAreVerifiedAppealedOnceAndCountedInPoints() throws Exception {
        String clerk = staff("S030", "D01", 2);
        ViolationCandidate repeated = new ViolationCandidate(UUID.randomUUID(), ViolationCandidate.TYPE, 1,
                OffsetDateTime.now(), "APP-1", "REPEATED_DEMAND", clerk, null, "D01", "APPLICATION", "APP-1",
                "OTN-3: material M3 not on the first notice");
        TestEvents.send(bootstrap, Topics.ACCOUNTABILITY_VIOLATIONS, "APP-1", mapper.writeValueAsString(repeated));
        String id = await().atMost(Duration.ofSeconds(20)).until(() -> given().header("Authorization", officer)
                .get("/api/complaints/violations").then().extract().response(),
                r -> r.path("find { it.staffId == '" + clerk + "' }") != null)
                .path("find { it.staffId == '" + clerk + "' }.id");
        given().header("Authorization", Tokens.bearer(clerk, "clerk")).post("/api/complaints/violations/" + id + "/verify")
                .then().statusCode(403);
        given().header("Authorization", officer).contentType(ContentType.JSON).body(Map.of("note", "属实"))
                .post("/api/complaints/violations/" + id + "/verify").then().statusCode(200)
                .body("state", equalTo("VERIFIED")).body("points", equalTo(2));
        given().header("Authorization", Tokens.bearer("SOMEONE", "clerk")).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post("/api/complaints/violations/" + id + "/appeal").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(clerk, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("reason", "申请人当时未出示")).post("/api/complaints/violations/" + id + "/appeal").then()
                .statusCode(200);
        given().header("Authorization", Tokens.bearer(clerk, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("reason", "again")).post("/api/complaints/violations/" + id + "/appeal").then()
                .statusCode(409);
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REDUCED", "points", 1))
                .post("/api/complaints/violations/" + id + "/appeal/decision").then().statusCode(200)
                .body("points", equalTo(1)).body("appealOutcome", equalTo("REDUCED"));
        given().header("Authorization", Tokens.bearer(clerk, "clerk")).queryParam("staffId", clerk)
                .get("/api/complaints/accountability").then().statusCode(200).body("points", equalTo(1));
        given().header("Authorization", Tokens.bearer(clerk, "clerk")).queryParam("staffId", "SOMEONE-ELSE")
                .get("/api/complaints/accountability").then().statusCode(403);
        given().header("Authorization", officer).queryParam("from", "2000-01-01").queryParam("to", "2100-01-01")
                .get("/api/complaints/accountability/departments").then().statusCode(200).body("key", hasItem("D01"));
    }

    /** Proves FI-8 (docs/rules.md). */
    @Test
    void anOverdueCaseClockCountsAgainstWhoeverHeldItThenWithWhomTheyActedFor() throws Exception {
        String caseId = UUID.randomUUID().toString();
        DeadlineAlert overdue = new DeadlineAlert(UUID.randomUUID(), DeadlineAlert.TYPE, 3, OffsetDateTime.now(),
                UUID.randomUUID().toString(), "OVERDUE", "CASE", caseId, "PROMISED", "OVERDUE",
                OffsetDateTime.now().minusMinutes(1), null, "D01", "P01", "B-holder", "A-holder", false);
        TestEvents.send(bootstrap, Topics.DEADLINE_ALERTS, overdue.aggregateId(), mapper.writeValueAsString(overdue));
        DeadlineAlert missedAck = new DeadlineAlert(UUID.randomUUID(), DeadlineAlert.TYPE, 2, OffsetDateTime.now(),
                UUID.randomUUID().toString(), "OVERDUE", "TRANSFER", UUID.randomUUID().toString(), "ACKNOWLEDGE",
                "OVERDUE", OffsetDateTime.now(), null, "D01", null, "R-receiver", null, false);
        TestEvents.send(bootstrap, Topics.DEADLINE_ALERTS, missedAck.aggregateId(), mapper.writeValueAsString(missedAck));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", officer)
                .get("/api/complaints/violations").then()
                .body("find { it.subjectId == '" + caseId + "' }.staffId", equalTo("B-holder"))
                .body("find { it.subjectId == '" + caseId + "' }.actingFor", equalTo("A-holder"))
                .body("find { it.staffId == 'R-receiver' }.kind", equalTo("MISSED_ACKNOWLEDGEMENT")));
    }
}
