package org.windowsuite.intake;

import static io.restassured.RestAssured.given;
import static org.windowsuite.intake.IntakeTestSupport.present;
import static org.windowsuite.testing.AuthorizationMatrix.ADMIN;
import static org.windowsuite.testing.AuthorizationMatrix.B_AFTER;
import static org.windowsuite.testing.AuthorizationMatrix.B_COVERING;
import static org.windowsuite.testing.AuthorizationMatrix.HOLDER;
import static org.windowsuite.testing.AuthorizationMatrix.OFFICER;
import static org.windowsuite.testing.AuthorizationMatrix.OTHER_DEPT;
import static org.windowsuite.testing.AuthorizationMatrix.OTHER_POST;
import static org.windowsuite.testing.AuthorizationMatrix.OTHER_SUPERVISOR;
import static org.windowsuite.testing.AuthorizationMatrix.PORTAL;
import static org.windowsuite.testing.AuthorizationMatrix.SUPERVISOR;
import static org.windowsuite.testing.AuthorizationMatrix.Call.get;
import static org.windowsuite.testing.AuthorizationMatrix.Call.post;
import static org.windowsuite.testing.AuthorizationMatrix.Call.put;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.outbox.staff.StaffDepartments;
import org.windowsuite.testing.AuthorizationMatrix;
import org.windowsuite.testing.AuthorizationMatrix.Expect;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.Tokens;

/**
 * Every intake endpoint that reads or acts on an application, asked by every kind of caller, for an object of their
 * own and one of another department (AB-1, AB-5, PortalPolicy, CaseActPolicy). Own: a case at the caller's post (B's:
 * the post B covers or covered; the portal's: one it submitted). Other: a case in department D02 (the portal's: one
 * submitted at a window).
 */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "intake"))
class AuthorizationMatrixTest {

    @Inject
    ObjectMapper mapper;
    @Inject
    StaffDepartments departments;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    IntakeTestSupport own;
    IntakeTestSupport covered;
    IntakeTestSupport coverEnded;
    IntakeTestSupport other;
    String bAfterCase;
    final Map<String, String> ids = new LinkedHashMap<>();

    @Test
    void everyCallerGetsExactlyWhatThePoliciesAllow() throws Exception {
        own = new IntakeTestSupport(mapper, bootstrap).createItem();
        covered = new IntakeTestSupport(mapper, bootstrap).createItem();
        coverEnded = new IntakeTestSupport(mapper, bootstrap).createItem();
        other = new IntakeTestSupport(mapper, bootstrap).inDepartment("D02").createItem();
        own.coverage("NORMAL", own.a, "A", null);
        covered.coverage("COVERED", covered.b, "B", covered.a,
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).plusHours(2));
        coverEnded.coverage("COVERED", coverEnded.b, "B", coverEnded.a);
        bAfterCase = accepted(coverEnded, coverEnded.b);
        coverEnded.coverage("NORMAL", coverEnded.a, "A", null);
        other.coverage("NORMAL", other.a, "A", null);
        own.staff(departments, "SUP-1-" + own.post, "D01");
        own.staff(departments, "SUP-2-" + own.post, "D02");
        own.staff(departments, "K-1-" + own.post, "D01");
        own.staff(departments, "K-2-" + own.post, "D02");

        ids.put(PORTAL, "PORTAL-" + own.post);
        ids.put(HOLDER, own.a);
        ids.put(OTHER_POST, "K-1-" + own.post);
        ids.put(OTHER_DEPT, "K-2-" + own.post);
        ids.put(SUPERVISOR, "SUP-1-" + own.post);
        ids.put(OTHER_SUPERVISOR, "SUP-2-" + own.post);
        ids.put(B_COVERING, covered.b);
        ids.put(B_AFTER, coverEnded.b);
        ids.put(OFFICER, "OFF-" + own.post);
        ids.put(ADMIN, "ADM-" + own.post);
        Map<String, String> identities = AuthorizationMatrix.tokens(ids);

        String ownRead = accepted(own, own.a);
        String otherRead = accepted(other, other.a);
        String portalRead = online(true);
        String text = "{\"text\":\"已电话联系申请人\"}";
        String supplement = "{\"materials\":[{\"code\":\"M1\",\"status\":\"PRESENT\"}]}";
        String item = mapper.writeValueAsString(Map.of("name", "户口迁入", "department", "D01", "promisedDays", 5,
                "statutoryDays", 20, "maxExtensionDays", 10, "basis", "《户口登记条例》第十条", "materials",
                List.of(IntakeTestSupport.material("M1", "居民身份证", true), IntakeTestSupport.material("M2", "户口簿", true),
                        IntakeTestSupport.material("M3", "房产证明", true))));
        Expect caseAct = Expect.all(403).but(200, HOLDER, SUPERVISOR, B_COVERING);
        Expect otherCaseAct = Expect.all(403).but(200, OTHER_SUPERVISOR);

        new AuthorizationMatrix(RestAssured.baseURI + ":" + RestAssured.port, identities,
                Tokens.refused(own.a, "clerk"))
                .row("GET /applications/{id}", "own", who -> get("/api/intake/applications/"
                        + (who.equals(PORTAL) ? portalRead : who.equals(B_AFTER) ? bAfterCase : ownRead)),
                        Expect.all(200))
                .row("GET /applications/{id}", "other", who -> get("/api/intake/applications/"
                        + (who.equals(PORTAL) ? ownRead : otherRead)), Expect.all(200).but(404, PORTAL))
                .row("POST /applications/{id}/notes", "own", who -> post(path(ownCase(who, false), "notes"), text),
                        caseAct)
                .row("POST /applications/{id}/notes", "other", who -> post(path(otherRead, "notes"), text),
                        otherCaseAct)
                .row("POST /applications/{id}/complete", "own", who -> post(path(ownCase(who, true), "complete"),
                        text), caseAct)
                .row("POST /applications/{id}/complete", "other", who -> post(path(accepted(other, other.a),
                        "complete"), text), otherCaseAct)
                .row("POST /applications/{id}/withdraw", "own", who -> post(path(who.equals(PORTAL) ? online(true)
                        : ownCase(who, true), "withdraw"), text), Expect.all(403).but(200, PORTAL, HOLDER,
                        SUPERVISOR, B_COVERING))
                .row("POST /applications/{id}/withdraw", "other", who -> post(path(who.equals(PORTAL)
                        ? accepted(own, own.a) : accepted(other, other.a), "withdraw"), text),
                        Expect.all(403).but(200, OTHER_SUPERVISOR).but(404, PORTAL))
                .row("POST /applications/{id}/supplements", "own", who -> post(path(who.equals(PORTAL)
                        ? online(false) : incomplete(own), "supplements"), supplement),
                        Expect.all(200).but(403, OFFICER, ADMIN))
                .row("POST /applications/{id}/supplements", "other", who -> post(path(incomplete(other),
                        "supplements"), supplement), Expect.all(200).but(404, PORTAL).but(403, OFFICER, ADMIN))
                .row("GET /posts/{post}/queue", "own", who -> get("/api/intake/posts/"
                        + (who.equals(B_COVERING) ? covered.post : own.post) + "/queue"),
                        Expect.all(200).but(403, PORTAL, OFFICER))
                .row("GET /posts/{post}/queue", "other", who -> get("/api/intake/posts/" + other.post + "/queue"),
                        Expect.all(200).but(403, PORTAL, OFFICER))
                .row("GET /audit?subject={id}", "own", who -> get("/api/intake/audit?subject=" + ownRead),
                        Expect.all(403).but(200, SUPERVISOR, OTHER_SUPERVISOR, OFFICER, ADMIN))
                .row("GET /audit?subject={id}", "other", who -> get("/api/intake/audit?subject=" + otherRead),
                        Expect.all(403).but(200, SUPERVISOR, OTHER_SUPERVISOR, OFFICER, ADMIN))
                .row("PUT /service-items/{code}", "own", who -> put("/api/intake/service-items/" + own.code, item),
                        Expect.all(403).but(200, ADMIN))
                .row("PUT /service-items/{code}", "other", who -> put("/api/intake/service-items/" + other.code,
                        item), Expect.all(403).but(200, ADMIN))
                .verify();
    }

    private static String path(String id, String act) {
        return "/api/intake/applications/" + id + "/" + act;
    }

    /** The caller's own case: at the post B covers for B, the pre-made one for B after coverage, else at own post. */
    private String ownCase(String who, boolean fresh) {
        if (who.equals(B_AFTER)) {
            return bAfterCase;
        }
        if (who.equals(B_COVERING)) {
            return accepted(covered, covered.b);
        }
        return fresh ? accepted(own, own.a) : ids.computeIfAbsent("own-case", k -> accepted(own, own.a));
    }

    private String accepted(IntakeTestSupport s, String clerk) {
        return given().header("Authorization", Tokens.bearer(clerk, "clerk")).contentType(ContentType.JSON)
                .body(s.application(List.of(present("M1"), present("M2"), present("M3"))))
                .post("/api/intake/applications").then().statusCode(201).extract().path("id");
    }

    private String incomplete(IntakeTestSupport s) {
        return given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType(ContentType.JSON)
                .body(s.application(List.of(present("M2")))).post("/api/intake/applications").then()
                .statusCode(201).extract().path("id");
    }

    private String online(boolean complete) {
        Map<String, Object> body = new HashMap<>(own.application(complete
                ? List.of(present("M1"), present("M2"), present("M3")) : List.of(present("M2"))));
        body.put("channel", "ONLINE");
        return given().header("Authorization", Tokens.bearer(ids.getOrDefault(PORTAL, "PORTAL"), "portal"))
                .contentType(ContentType.JSON).body(body).post("/api/intake/applications").then().statusCode(201)
                .extract().path("id");
    }
}
