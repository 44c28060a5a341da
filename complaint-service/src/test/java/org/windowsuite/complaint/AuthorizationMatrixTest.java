package org.windowsuite.complaint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.windowsuite.complaint.ComplaintFixtures.contact;
import static org.windowsuite.complaint.ComplaintFixtures.register;
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
import org.windowsuite.contracts.Topics;
import org.windowsuite.contracts.ViolationCandidate;
import org.windowsuite.testing.AuthorizationMatrix;
import org.windowsuite.testing.AuthorizationMatrix.Expect;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

/**
 * Contacts and ledger entries asked of by every kind of caller, for an object of their own department (D1) and one
 * of another (D2): ContactVisibility (404 where a contact must not be confirmed), the owner's or their department's
 * supervisor's acts (FI-1, FI-4), and ledger decisions by a complaint officer other than the person concerned (OTN-6).
 */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "complaint"))
class AuthorizationMatrixTest {

    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    final Map<String, String> ids = new LinkedHashMap<>();
    final String officer = Tokens.bearer("C-MATRIX", "complaint-officer");

    @Test
    void everyCallerGetsExactlyWhatThePoliciesAllow() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String d1 = "D1-" + suffix;
        String d2 = "D2-" + suffix;
        ids.put(HOLDER, staff("A1", d1));
        ids.put(OTHER_POST, staff("K1", d1));
        ids.put(OTHER_DEPT, staff("K2", d2));
        ids.put(B_COVERING, staff("B1", d1));
        ids.put(B_AFTER, staff("B3", d1));
        ids.put(SUPERVISOR, staff("SUP1", d1));
        ids.put(OTHER_SUPERVISOR, staff("SUP2", d2));
        String r2 = staff("R2", d2);
        ids.put(PORTAL, "PORTAL-" + suffix);
        ids.put(OFFICER, "OFF-" + suffix);
        ids.put(ADMIN, "ADM-" + suffix);
        Map<String, String> identities = AuthorizationMatrix.tokens(ids);
        String own = consultation(ids.get(HOLDER));
        String other = consultation(r2);
        String text = "{\"text\":\"已当场答复\"}";
        Expect auditors = Expect.all(403).but(200, SUPERVISOR, OTHER_SUPERVISOR, OFFICER, ADMIN);

        new AuthorizationMatrix(RestAssured.baseURI + ":" + RestAssured.port, identities,
                Tokens.refused(ids.get(HOLDER), "clerk"))
                .row("GET /contacts/{id}", "own", who -> get("/api/complaints/contacts/" + own),
                        Expect.all(404).but(200, HOLDER, SUPERVISOR, OFFICER, ADMIN))
                .row("GET /contacts/{id}", "other", who -> get("/api/complaints/contacts/" + other),
                        Expect.all(404).but(200, OTHER_SUPERVISOR, OFFICER, ADMIN))
                .row("POST /contacts/{id}/handle", "own", who -> post("/api/complaints/contacts/"
                        + consultation(ids.get(HOLDER)) + "/handle", text),
                        Expect.all(403).but(200, HOLDER, SUPERVISOR, ADMIN))
                .row("POST /contacts/{id}/handle", "other", who -> post("/api/complaints/contacts/"
                        + consultation(r2) + "/handle", text),
                        Expect.all(403).but(200, OTHER_SUPERVISOR, ADMIN))
                .row("POST /violations/{id}/verify", "own", who -> post("/api/complaints/violations/"
                        + candidate(who.equals(OFFICER) ? "X-" + suffix : ids.getOrDefault(who, "X-" + suffix), d1) + "/verify", "{}"),
                        Expect.all(403).but(200, OFFICER))
                .row("POST /violations/{id}/verify", "against self", who -> post("/api/complaints/violations/"
                        + candidate(who.equals(OFFICER) ? "OFF-" + suffix : "X-" + suffix, d1) + "/verify", "{}"),
                        Expect.all(403))
                .row("GET /audit?subject={contact}", "own", who -> get("/api/complaints/audit?subject=" + own),
                        auditors)
                .row("GET /audit?subject={contact}", "other", who -> get("/api/complaints/audit?subject=" + other),
                        auditors)
                .verify();
    }

    private String staff(String id, String department) throws Exception {
        return ComplaintFixtures.staff(mapper, bootstrap, id, department, 3);
    }

    /** A consultation answered by its first receiver, who owns it (FI-1). */
    private String consultation(String receiver) {
        return register(officer, contact("CONSULTATION", receiver, List.of(receiver), "营业执照怎么办")).statusCode(201)
                .extract().path("id");
    }

    /** An accountability candidate against {@code staffId}, pending a complaint officer's decision. */
    private String candidate(String staffId, String department) {
        String subject = "APP-" + UUID.randomUUID().toString().substring(0, 8);
        ViolationCandidate c = new ViolationCandidate(UUID.randomUUID(), ViolationCandidate.TYPE, 1,
                OffsetDateTime.now(), subject, "REPEATED_DEMAND", staffId, null, department, "APPLICATION", subject,
                "OTN-3: material M9 not on the first notice");
        try {
            TestEvents.send(bootstrap, Topics.ACCOUNTABILITY_VIOLATIONS, subject, mapper.writeValueAsString(c));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return await().atMost(Duration.ofSeconds(20)).until(() -> given().header("Authorization", officer)
                .get("/api/complaints/violations").then().extract().response(),
                r -> r.path("find { it.subjectId == '" + subject + "' }") != null)
                .path("find { it.subjectId == '" + subject + "' }.id");
    }
}
