package org.windowsuite.roster;

import static io.restassured.RestAssured.given;
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

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.windowsuite.testing.AuthorizationMatrix;
import org.windowsuite.testing.AuthorizationMatrix.Expect;
import org.windowsuite.testing.MutableClock;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.Tokens;

/**
 * Every roster endpoint that changes absences, rosters, stand-ins and handovers, asked by every kind of caller, for
 * an object of their own department and one of another (WP-5, AB-3, AB-4; SupervisorReach). Own: post P of department
 * D1 and its A holder; other: post P2 of D2 and its A holder.
 */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "roster"))
class AuthorizationMatrixTest {

    @Inject
    MutableClock clock;

    final String admin = Tokens.bearer("A000", "admin");
    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final Map<String, String> ids = new LinkedHashMap<>();
    int slot;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyCallerGetsExactlyWhatThePoliciesAllow() throws Exception {
        clock.set(OffsetDateTime.parse("2026-12-02T10:00:00+08:00"));
        String d1 = "D1-" + suffix;
        String d2 = "D2-" + suffix;
        ids.put(PORTAL, "PORTAL-" + suffix);
        ids.put(HOLDER, staff("A1-" + suffix, d1));
        ids.put(OTHER_POST, staff("K1-" + suffix, d1));
        ids.put(OTHER_DEPT, staff("K2-" + suffix, d2));
        ids.put(SUPERVISOR, staff("SUP1-" + suffix, d1));
        ids.put(OTHER_SUPERVISOR, staff("SUP2-" + suffix, d2));
        ids.put(B_COVERING, staff("B1-" + suffix, d1));
        ids.put(B_AFTER, staff("B3-" + suffix, d1));
        ids.put(OFFICER, "OFF-" + suffix);
        ids.put(ADMIN, "ADM-" + suffix);
        String a2 = staff("A2-" + suffix, d2);
        String b2 = staff("B2-" + suffix, d2);
        String p1 = rosteredPost("P1-" + suffix, d1, ids.get(HOLDER), ids.get(B_COVERING));
        String p2 = rosteredPost("P2-" + suffix, d2, a2, b2);
        String a1 = ids.get(HOLDER);

        Map<String, String> identities = AuthorizationMatrix.tokens(ids);

        Expect ownDepartment = Expect.all(403).but(200, SUPERVISOR, ADMIN);
        Expect otherDepartment = Expect.all(403).but(200, OTHER_SUPERVISOR, ADMIN);
        String day = "{\"a\":\"" + a1 + "\",\"b\":\"" + ids.get(B_COVERING) + "\"}";
        String day2 = "{\"a\":\"" + a2 + "\",\"b\":\"" + b2 + "\"}";
        new AuthorizationMatrix(RestAssured.baseURI + ":" + RestAssured.port, identities,
                Tokens.refused(a1, "clerk"))
                .row("POST /absences", "own", who -> post("/api/roster/absences", absenceBody(a1)),
                        Expect.all(403).but(201, HOLDER, SUPERVISOR, ADMIN))
                .row("POST /absences", "other", who -> post("/api/roster/absences", absenceBody(a2)),
                        Expect.all(403).but(201, OTHER_SUPERVISOR, ADMIN))
                .row("POST /absences/{id}/cancel", "own", who -> post("/api/roster/absences/" + absence(a1)
                        + "/cancel", null), Expect.all(403).but(200, HOLDER, SUPERVISOR, ADMIN))
                .row("POST /absences/{id}/cancel", "other", who -> post("/api/roster/absences/" + absence(a2)
                        + "/cancel", null), otherDepartment)
                .row("POST /absences/{id}/handover/acknowledge", "own", who -> post("/api/roster/absences/"
                        + handedOver(a1) + "/handover/acknowledge", null),
                        Expect.all(403).but(200, B_COVERING, SUPERVISOR, ADMIN))
                .row("POST /absences/{id}/handover/acknowledge", "other", who -> post("/api/roster/absences/"
                        + handedOver(a2) + "/handover/acknowledge", null), otherDepartment)
                .row("PUT /posts/{id}/roster/{date}", "own", who -> put("/api/roster/posts/" + p1
                        + "/roster/2026-12-31", day), ownDepartment)
                .row("PUT /posts/{id}/roster/{date}", "other", who -> put("/api/roster/posts/" + p2
                        + "/roster/2026-12-31", day2), otherDepartment)
                .row("POST /posts/{id}/coverage/stand-in", "own", who -> post("/api/roster/posts/" + p1
                        + "/coverage/stand-in", "{\"staffId\":\"" + ids.get(OTHER_POST) + "\"}"), ownDepartment)
                .row("POST /posts/{id}/coverage/stand-in", "other", who -> post("/api/roster/posts/" + p2
                        + "/coverage/stand-in", "{\"staffId\":\"" + b2 + "\"}"), otherDepartment)
                .row("GET /audit?subject={post}", "own", who -> get("/api/roster/audit?subject=" + p1),
                        Expect.all(403).but(200, SUPERVISOR, OTHER_SUPERVISOR, OFFICER, ADMIN))
                .row("GET /audit?subject={post}", "other", who -> get("/api/roster/audit?subject=" + p2),
                        Expect.all(403).but(200, SUPERVISOR, OTHER_SUPERVISOR, OFFICER, ADMIN))
                .row("POST /staff", "own", who -> post("/api/roster/staff", "{\"id\":\"N-" + UUID.randomUUID()
                        .toString().substring(0, 8) + "\",\"name\":\"新人\",\"department\":\"" + d1
                        + "\",\"rank\":1}"), Expect.all(403).but(201, ADMIN))
                .verify();
    }

    private String staff(String id, String department) {
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "王芳", "department", department, "rank", 2))
                .post("/api/roster/staff").then().statusCode(201);
        return id;
    }

    private String rosteredPost(String id, String department, String a, String b) {
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "户籍窗口", "department", department, "serviceItems", List.of("HJ-001")))
                .post("/api/roster/posts").then().statusCode(201);
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("from", "2026-12-03", "to", "2027-01-29", "a", a, "b", b))
                .put("/api/roster/posts/" + id + "/roster").then().statusCode(200);
        return id;
    }

    /** A fresh 15-minute absence on a working day from 3 December on: no two cells' absences overlap. */
    private String absenceBody(String staffId) {
        int n = slot++;
        LocalDate date = LocalDate.of(2026, 12, 3);
        for (int d = n / 24; d > 0; d--) {
            date = date.plusDays(1);
            while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.plusDays(1);
            }
        }
        OffsetDateTime from = date.atTime(9, 0).atOffset(java.time.ZoneOffset.ofHours(8)).plusMinutes(20L * (n % 24));
        return "{\"staffId\":\"" + staffId + "\",\"from\":\"" + from + "\",\"to\":\"" + from.plusMinutes(15)
                + "\",\"reason\":\"LEAVE\"}";
    }

    private String absence(String staffId) {
        return given().header("Authorization", admin).contentType(ContentType.JSON).body(absenceBody(staffId))
                .post("/api/roster/absences").then().statusCode(201).extract().path("id");
    }

    private String handedOver(String staffId) {
        String id = absence(staffId);
        given().header("Authorization", Tokens.bearer(staffId, "clerk")).contentType(ContentType.JSON)
                .body(Map.of("note", "待办两件")).post("/api/roster/absences/" + id + "/handover").then()
                .statusCode(200);
        return id;
    }
}
