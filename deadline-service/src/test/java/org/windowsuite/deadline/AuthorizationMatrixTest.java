package org.windowsuite.deadline;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CaseChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.outbox.staff.StaffDepartments;
import org.windowsuite.testing.AuthorizationMatrix;
import org.windowsuite.testing.AuthorizationMatrix.Expect;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

/**
 * Every clock endpoint asked by every kind of caller, for a clock of their own department (D1) and one of another
 * (D2): only staff read clocks; only a supervisor of the clock's department, or an admin, extends one (SC-2.3).
 */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "deadline"))
class AuthorizationMatrixTest {

    @Inject
    ObjectMapper mapper;
    @Inject
    StaffDepartments departments;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void everyCallerGetsExactlyWhatThePoliciesAllow() throws Exception {
        String d1 = "D1-" + suffix;
        String d2 = "D2-" + suffix;
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(PORTAL, "PORTAL-" + suffix);
        ids.put(HOLDER, announced("A1-" + suffix, d1));
        ids.put(OTHER_POST, announced("K1-" + suffix, d1));
        ids.put(OTHER_DEPT, announced("K2-" + suffix, d2));
        ids.put(B_COVERING, announced("B1-" + suffix, d1));
        ids.put(B_AFTER, announced("B3-" + suffix, d1));
        ids.put(SUPERVISOR, announced("SUP1-" + suffix, d1));
        ids.put(OTHER_SUPERVISOR, announced("SUP2-" + suffix, d2));
        ids.put(OFFICER, "OFF-" + suffix);
        ids.put(ADMIN, "ADM-" + suffix);
        Map<String, String> identities = AuthorizationMatrix.tokens(ids);
        String own = promisedClock(d1, "A1-" + suffix, "B1-" + suffix);
        String other = promisedClock(d2, "A2-" + suffix, null);
        String extension = "{\"days\":1,\"reason\":\"现场核查\"}";
        Expect staff = Expect.all(200).but(403, PORTAL);
        Expect auditors = Expect.all(403).but(200, SUPERVISOR, OTHER_SUPERVISOR, OFFICER, ADMIN);

        new AuthorizationMatrix(RestAssured.baseURI + ":" + RestAssured.port, identities,
                Tokens.refused("A1-" + suffix, "clerk"))
                .row("GET /clocks/{id}", "own", who -> get("/api/deadlines/clocks/" + own), staff)
                .row("GET /clocks/{id}", "other", who -> get("/api/deadlines/clocks/" + other), staff)
                .row("POST /clocks/{id}/extensions", "own", who -> post("/api/deadlines/clocks/" + own
                        + "/extensions", extension), Expect.all(403).but(200, SUPERVISOR, ADMIN))
                .row("POST /clocks/{id}/extensions", "other", who -> post("/api/deadlines/clocks/" + other
                        + "/extensions", extension), Expect.all(403).but(200, OTHER_SUPERVISOR, ADMIN))
                .row("GET /audit?subject={clock}", "own", who -> get("/api/deadlines/audit?subject=" + own), auditors)
                .row("GET /audit?subject={clock}", "other", who -> get("/api/deadlines/audit?subject=" + other),
                        auditors)
                .verify();
    }

    private String announced(String staffId, String department) {
        TestEvents.announceStaff(bootstrap, staffId, department);
        await().atMost(Duration.ofSeconds(20)).until(() -> department.equals(QuarkusTransaction.requiringNew()
                .call(() -> departments.departmentOf(staffId))));
        return staffId;
    }

    /** intake accepts a case in {@code department}; deadline-service starts its clocks. Returns the promised one. */
    private String promisedClock(String department, String holder, String actingFor) throws Exception {
        String caseId = UUID.randomUUID().toString();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-02T10:00:00+08:00");
        CaseChanged e = new CaseChanged(UUID.randomUUID(), CaseChanged.TYPE, 1, at, caseId, "ACCEPTED",
                "HJ-2026-9" + suffix, "HJ-001", department, "P-" + department, actingFor == null ? holder : actingFor,
                actingFor == null ? null : holder, at, 5, 20, 10, null, null);
        TestEvents.send(bootstrap, Topics.INTAKE_CASES, caseId, mapper.writeValueAsString(e));
        String admin = Tokens.bearer("A000", "admin");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", admin)
                .queryParam("subjectType", "CASE").queryParam("subjectId", caseId).get("/api/deadlines/clocks").then()
                .body("size()", equalTo(2)));
        return given().header("Authorization", admin).queryParam("subjectType", "CASE").queryParam("subjectId", caseId)
                .get("/api/deadlines/clocks").then().extract().path("find { it.kind == 'PROMISED' }.id");
    }
}
