package org.windowsuite.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.testing.MutableClock;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.Tokens;

/** Who may act on an application: the portal on its own submissions only (PortalPolicy), B only while covering. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "intake"))
class CaseAuthorityTest {

    @Inject
    ObjectMapper mapper;
    @Inject
    MutableClock clock;
    @Inject
    org.windowsuite.outbox.staff.StaffDepartments departments;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String portal = Tokens.bearer("PORTAL-WEB", "portal");

    Map<String, Object> online(IntakeTestSupport s, String... present) {
        Map<String, Object> body = new HashMap<>(s.application(java.util.Arrays.stream(present)
                .map(IntakeTestSupport::present).toList()));
        body.put("channel", "ONLINE");
        return body;
    }

    @Test
    void thePortalSubmitsOnlineAndSeesSupplementsAndWithdrawsOnlyWhatItSubmitted() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        given().header("Authorization", portal).contentType(ContentType.JSON)
                .body(s.application(List.of(IntakeTestSupport.present("M1")))).post("/api/intake/applications")
                .then().statusCode(422).body("rule", equalTo("PORTAL"));
        String mine = given().header("Authorization", portal).contentType(ContentType.JSON)
                .body(online(s, "M1", "M2")).post("/api/intake/applications").then().statusCode(201)
                .body("outcome", equalTo("INCOMPLETE")).extract().path("id");
        String atTheWindow = given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON)
                .body(s.application(List.of(IntakeTestSupport.present("M1")))).post("/api/intake/applications")
                .then().statusCode(201).extract().path("id");
        String otherPortal = Tokens.bearer("PORTAL-APP", "portal");

        given().header("Authorization", portal).get("/api/intake/applications/" + mine).then().statusCode(200);
        for (String token : List.of(portal, otherPortal)) {
            String other = token.equals(portal) ? atTheWindow : mine;
            // another applicant's application does not exist for the portal: 404, never a confirming 403
            given().header("Authorization", token).get("/api/intake/applications/" + other).then().statusCode(404)
                    .contentType("application/problem+json");
            given().header("Authorization", token).get("/api/intake/applications/" + other + "/notice").then()
                    .statusCode(404);
            given().header("Authorization", token).contentType(ContentType.JSON)
                    .body(Map.of("materials", List.of(IntakeTestSupport.present("M3"))))
                    .post("/api/intake/applications/" + other + "/supplements").then().statusCode(404);
            given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("text", "不办了"))
                    .post("/api/intake/applications/" + other + "/withdraw").then().statusCode(404);
        }
        given().header("Authorization", portal).contentType(ContentType.JSON).body(Map.of("text", "不办了"))
                .post("/api/intake/applications/" + mine + "/withdraw").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        given().header("Authorization", Tokens.bearer(s.b, "clerk")).get("/api/intake/applications/" + atTheWindow)
                .then().statusCode(200);
    }

    @Test
    void thePagesCookieOpensThePagesButNoApi() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        String cookie = Tokens.token(s.a, "clerk");
        given().cookie("ws_token", cookie).redirects().follow(false).get("/workbench/desk").then().statusCode(200);
        given().cookie("ws_token", cookie).contentType(ContentType.JSON)
                .body(s.application(List.of(IntakeTestSupport.present("M1")))).post("/api/intake/applications").then()
                .statusCode(401).contentType("application/problem+json");
        given().cookie("ws_token", cookie).get("/api/intake/posts/" + s.post + "/queue").then().statusCode(401);
        // public reads stay public, cookie or not
        given().cookie("ws_token", cookie).get("/api/intake/service-items/" + s.code).then().statusCode(200);
        given().header("Authorization", "Bearer " + cookie).get("/api/intake/posts/" + s.post + "/queue").then()
                .statusCode(200);
    }

    @Test
    void bsPowerOverAsCasesEndsWhenTheCoverEndsEvenBeforeRosterAnnouncesIt() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        OffsetDateTime until = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).plusHours(1);
        s.coverage("COVERED", s.b, "B", s.a, until);
        String id = given().header("Authorization", Tokens.bearer(s.b, "clerk")).contentType(ContentType.JSON)
                .body(s.application(List.of(IntakeTestSupport.present("M1"), IntakeTestSupport.present("M2"),
                        IntakeTestSupport.present("M3")))).post("/api/intake/applications").then().statusCode(201)
                .body("handler", equalTo(s.b)).body("actingFor", equalTo(s.a)).extract().path("id");
        given().header("Authorization", Tokens.bearer(s.b, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("text", "已电话联系申请人")).post("/api/intake/applications/" + id + "/notes").then()
                .statusCode(200);
        try {
            // AB-5: the planned end of A's absence has come; roster's message may still be on its way
            clock.set(until.plusSeconds(1));
            given().header("Authorization", Tokens.bearer(s.b, "clerk")).contentType(ContentType.JSON)
                    .body(Map.of("text", "仍在处理")).post("/api/intake/applications/" + id + "/notes").then()
                    .statusCode(403).body("detail", containsString("AB-5"));
            given().header("Authorization", Tokens.bearer(s.b, "clerk")).contentType(ContentType.JSON)
                    .body(Map.of("text", "办结")).post("/api/intake/applications/" + id + "/complete").then()
                    .statusCode(403);
        } finally {
            clock.reset();
        }
        given().header("Authorization", Tokens.bearer(s.b, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("text", "办结")).post("/api/intake/applications/" + id + "/complete").then()
                .statusCode(200).body("completedBy", equalTo(s.b)).body("completedFor", equalTo(s.a));

        // the audit trail shows B acting for A, as cover, and nothing of the refused attempts
        given().header("Authorization", Tokens.bearer("SUP-AUDIT", "supervisor")).queryParam("subject", id)
                .get("/api/intake/audit").then().statusCode(200)
                .body("action", contains("APPLIED", "NOTE", "COMPLETED"))
                .body("[1].actor", equalTo(s.b)).body("[1].role", equalTo("cover")).body("[1].actingFor", equalTo(s.a))
                .body("[2].before.state", equalTo("ACCEPTED")).body("[2].after.state", equalTo("COMPLETED"));
        given().header("Authorization", Tokens.bearer(s.b, "clerk")).queryParam("subject", id)
                .get("/api/intake/audit").then().statusCode(403);
    }

    @Test
    void aSupervisorActsOnlyWithinTheirOwnDepartment() throws Exception {
        IntakeTestSupport d01 = new IntakeTestSupport(mapper, bootstrap).createItem();
        IntakeTestSupport d02 = new IntakeTestSupport(mapper, bootstrap).inDepartment("D02").createItem();
        d01.coverage("NORMAL", d01.a, "A", null);
        d02.coverage("NORMAL", d02.a, "A", null);
        d01.staff(departments, "SUP-D01", "D01");
        String ours = accepted(d01);
        String theirs = accepted(d02);
        String supervisor = Tokens.bearer("SUP-D01", "supervisor");
        given().header("Authorization", supervisor).contentType(ContentType.JSON).body(Map.of("text", "督办"))
                .post("/api/intake/applications/" + ours + "/notes").then().statusCode(200);
        given().header("Authorization", supervisor).contentType(ContentType.JSON).body(Map.of("text", "督办"))
                .post("/api/intake/applications/" + theirs + "/notes").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("own department"));
        given().header("Authorization", Tokens.bearer("SUP-UNKNOWN", "supervisor")).contentType(ContentType.JSON)
                .body(Map.of("text", "督办")).post("/api/intake/applications/" + ours + "/notes").then()
                .statusCode(403);
        given().header("Authorization", supervisor).queryParam("subject", ours).get("/api/intake/audit").then()
                .statusCode(200).body("find { it.action == 'NOTE' }.role", equalTo("supervisor"));
    }

    private String accepted(IntakeTestSupport s) {
        return given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON)
                .body(s.application(List.of(IntakeTestSupport.present("M1"), IntakeTestSupport.present("M2"),
                        IntakeTestSupport.present("M3")))).post("/api/intake/applications").then().statusCode(201)
                .extract().path("id");
    }
}
