package org.windowsuite.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.windowsuite.intake.IntakeTestSupport.admin;
import static org.windowsuite.intake.IntakeTestSupport.present;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.Actor;
import org.windowsuite.intake.domain.IntakeService;
import org.windowsuite.intake.domain.SubmittedMaterial;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.Tokens;

/** AB-1, AB-2, AB-5 on the case side: work follows whoever holds the post, with A's authority while covering. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "intake"))
class CaseRoutingTest {

    @Inject
    ObjectMapper mapper;
    @Inject
    org.windowsuite.outbox.staff.StaffDepartments departments;
    @Inject
    IntakeService intake;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String accept(IntakeTestSupport s, String clerkId) {
        return given().header("Authorization", Tokens.bearer(clerkId, "clerk")).contentType(ContentType.JSON)
                .body(s.application(List.of(present("M1"), present("M2"), present("M3"))))
                .post("/api/intake/applications").then().statusCode(201).extract().path("id");
    }

    io.restassured.response.ValidatableResponse act(String staffId, String id, String action) {
        return given().header("Authorization", Tokens.bearer(staffId, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("text", "done")).post("/api/intake/applications/" + id + "/" + action).then();
    }

    /** Proves AB-1 and AB-2 (docs/rules.md). */
    @Test
    void absentAHolderRoutesNewCasesToBWhoActsWithAsAuthorityUntilAIsBack() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        String before = accept(s, s.a);
        s.coverage("COVERED", s.b, "B", s.a);

        // the open case moved to B, and a new one goes straight to B acting for A
        given().header("Authorization", admin()).get("/api/intake/applications/" + before).then()
                .body("handler", equalTo(s.b)).body("actingFor", equalTo(s.a))
                .body("history.action", hasItem("REASSIGNED"));
        String during = accept(s, s.b);
        given().header("Authorization", admin()).get("/api/intake/applications/" + during).then()
                .body("handler", equalTo(s.b)).body("actingFor", equalTo(s.a));

        act(s.a, during, "complete").statusCode(403).contentType("application/problem+json");
        act(s.b, during, "complete").statusCode(200).body("state", equalTo("COMPLETED"))
                .body("completedBy", equalTo(s.b)).body("completedFor", equalTo(s.a))
                .body("history.find { it.action == 'COMPLETED' }.actingFor", equalTo(s.a));

        s.coverage("NORMAL", s.a, "A", null);
        given().header("Authorization", admin()).get("/api/intake/applications/" + before).then()
                .body("handler", equalTo(s.a)).body("actingFor", nullValue());
        act(s.b, before, "complete").statusCode(403);
        act(s.a, before, "complete").statusCode(200).body("completedBy", equalTo(s.a));
        // what B completed stays completed by B
        given().header("Authorization", admin()).get("/api/intake/applications/" + during).then()
                .body("state", equalTo("COMPLETED")).body("completedBy", equalTo(s.b));
    }

    @Test
    void anEmptyPostKeepsItsCasesQueuedForSupervisorsAndAStandInTakesThem() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("EMPTY", null, "NONE", s.a);
        String id = accept(s, "S-window");
        given().header("Authorization", admin()).get("/api/intake/applications/" + id).then()
                .body("state", equalTo("ACCEPTED")).body("handler", nullValue()).body("postId", equalTo(s.post));
        given().header("Authorization", Tokens.bearer("SUP", "supervisor")).get("/api/intake/posts/" + s.post + "/queue")
                .then().statusCode(200).body("coverageState", equalTo("EMPTY")).body("cases.id", contains(id));
        act(s.a, id, "complete").statusCode(403);

        s.coverage("STAND_IN", "T-1", "STAND_IN", s.a);
        s.staff(departments, "SUP", "D01");
        given().header("Authorization", admin()).get("/api/intake/applications/" + id).then()
                .body("handler", equalTo("T-1")).body("actingFor", equalTo(s.a));
        given().header("Authorization", Tokens.bearer("SUP", "supervisor")).contentType(ContentType.JSON)
                .body(Map.of("text", "supervisor closes it")).post("/api/intake/applications/" + id + "/complete")
                .then().statusCode(200).body("completedBy", equalTo("SUP"));
    }

    /** Proves OTN-4 (docs/rules.md). */
    @Test
    void theHolderPausesConsultsAndNotesAndEveryActIsRecorded() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        String id = accept(s, s.a);
        act(s.a, id, "pause").statusCode(200).body("state", equalTo("PAUSED"));
        act(s.a, id, "pause").statusCode(409);
        given().header("Authorization", Tokens.bearer(s.a, "clerk")).post("/api/intake/applications/" + id + "/resume")
                .then().statusCode(200).body("state", equalTo("ACCEPTED"));
        given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("text", "需要规划部门确认地址")).post("/api/intake/applications/" + id + "/consultation")
                .then().statusCode(200).body("state", equalTo("AWAITING_CONSULTATION"))
                .body("consultation.question", equalTo("需要规划部门确认地址"));
        given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("text", "地址有效")).post("/api/intake/applications/" + id + "/consultation/answer")
                .then().statusCode(200).body("state", equalTo("ACCEPTED")).body("consultation.answer", equalTo("地址有效"));
        act(s.a, id, "notes").statusCode(200).body("history.action", contains("RECEIVED", "ACCEPTED", "PAUSED",
                "RESUMED", "CONSULTATION_REQUESTED", "CONSULTATION_ANSWERED", "NOTE"))
                .body("history.find { it.action == 'PAUSED' }.actor", equalTo(s.a));
        act(s.b, id, "notes").statusCode(403);
    }

    @Test
    void anItemDoneOnTheSpotIsCompletedWithItsAcceptance() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(Map.of("code", s.code,
                "name", "户籍证明开具", "department", "D01", "basis", "《户口登记条例》", "promisedDays", 0,
                "statutoryDays", 1, "onTheSpot", true,
                "materials", List.of(IntakeTestSupport.material("M1", "居民身份证", true))))
                .post("/api/intake/service-items").then().statusCode(201);
        s.coverage("NORMAL", s.a, "A", null);
        Map<String, Object> body = new java.util.HashMap<>(s.application(List.of(present("M1"))));
        body.put("completeOnTheSpot", true);
        given().header("Authorization", Tokens.bearer(s.b, "clerk")).contentType(ContentType.JSON).body(body)
                .post("/api/intake/applications").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON).body(body)
                .post("/api/intake/applications").then().statusCode(201).body("outcome", equalTo("ACCEPTED"))
                .body("state", equalTo("COMPLETED")).body("completedBy", equalTo(s.a))
                .body("history.action", contains("RECEIVED", "ACCEPTED", "COMPLETED"));
    }

    @Test
    void anItemNotDoneOnTheSpotCannotBeCompletedWithItsAcceptance() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        Map<String, Object> body = new java.util.HashMap<>(s.application(List.of(present("M1"), present("M2"),
                present("M3"))));
        body.put("completeOnTheSpot", true);
        given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON).body(body)
                .post("/api/intake/applications").then().statusCode(422).body("rule", equalTo("WP-4"));
    }

    /** Proves SC-2.6 (docs/rules.md). */
    @Test
    void theQueueListsOpenCasesAndAppointmentsOfThePost() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        String first = accept(s, s.a);
        String second = accept(s, s.a);
        act(s.a, second, "complete").statusCode(200);
        given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("postId", s.post, "day", "2099-01-05", "slot", "18:00-19:00", "extendedHours", true,
                        "matter", "企业集体户口迁入，需领导审批", "applicantName", "某公司"))
                .post("/api/intake/appointments").then().statusCode(201);
        given().header("Authorization", Tokens.bearer(s.a, "clerk")).get("/api/intake/posts/" + s.post + "/queue")
                .then().statusCode(200).body("holder", equalTo(s.a)).body("cases.id", contains(first))
                .body("appointments[0].extendedHours", equalTo(true));
        given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("postId", s.post, "day", "2099-01-05", "slot", "19:00-18:00", "matter", "x",
                        "applicantName", "y")).post("/api/intake/appointments").then().statusCode(422);
    }

    /**
     * Proves AB-2 (docs/rules.md) for a case accepted at the very moment B takes over: the coverage change waits for
     * the acceptance that relied on A and then moves its case too, so no new case is left with an absent A.
     */
    @Test
    void aCaseAcceptedWhileBTakesOverMovesToBWithThePostsOtherCases() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        CountDownLatch routedToA = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService window = Executors.newSingleThreadExecutor();
        try {
            Future<UUID> accepted = window.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                UUID id = intake.apply(new Actor(s.a, Set.of("clerk")), submission(s), null, null).application().id;
                routedToA.countDown();
                commit.await();
                return id;
            }));
            assertThat(routedToA.await(20, TimeUnit.SECONDS)).isTrue();
            s.announce("COVERED", s.b, "B", s.a, null);
            // the change is applied only once the acceptance's transaction has ended: it waits for its lock
            await().atMost(Duration.ofSeconds(20)).until(this::aCoverageChangeWaitsForALock);
            commit.countDown();
            String id = accepted.get(20, TimeUnit.SECONDS).toString();
            s.awaitCoverageVersion();
            given().header("Authorization", admin()).get("/api/intake/applications/" + id).then()
                    .body("handler", equalTo(s.b)).body("actingFor", equalTo(s.a))
                    .body("history.action", hasItem("REASSIGNED"));
        } finally {
            commit.countDown();
            window.shutdown();
        }
    }

    static IntakeService.Submission submission(IntakeTestSupport s) {
        List<SubmittedMaterial> materials = List.of("M1", "M2", "M3").stream()
                .map(code -> new SubmittedMaterial(code, SubmittedMaterial.Status.PRESENT, null)).toList();
        return new IntakeService.Submission(s.code, new IntakeService.Applicant("PERSON", "110101199001011234", "张三",
                "13800000000", Map.of()), "WINDOW", materials, null, null, null, false, false);
    }

    boolean aCoverageChangeWaitsForALock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from "
                + "pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' "
                + "and (query like '%post_coverage%' or query like '%advisory%')").getSingleResult()).intValue() > 0);
    }
}
