package org.windowsuite.complaint.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

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
import org.windowsuite.complaint.ComplaintFixtures;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "complaint"))
class ConsolePagesTest {

    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String officer = Tokens.bearer("C001", "complaint-officer");

    /** As a browser posts a form: UTF-8. */
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    static io.restassured.specification.RequestSpecification as(String staffId, String... roles) {
        return given().redirects().follow(false).cookie("ws_token", Tokens.token(staffId, roles))
                .cookie(org.windowsuite.testing.PageCsrf.COOKIE, org.windowsuite.testing.PageCsrf.TOKEN)
                .header(org.windowsuite.testing.PageCsrf.HEADER, org.windowsuite.testing.PageCsrf.TOKEN);
    }

    /** A report routed to a department: its reporter is protected (FI-7). */
    String routedReport(String department, String matter) throws Exception {
        String receiver = ComplaintFixtures.staff(mapper, bootstrap, "C", "CC", 4);
        // a complaint goes only to a department the staff directory knows, whichever test ran first
        ComplaintFixtures.staff(mapper, bootstrap, "D", department, 2);
        String id = ComplaintFixtures.register(officer, ComplaintFixtures.contact("REPORT", receiver, List.of(), matter))
                .statusCode(201).extract().path("id");
        given().header("Authorization", officer).contentType(ContentType.JSON).body(Map.of("department", department))
                .post("/api/complaints/contacts/" + id + "/route").then().statusCode(200);
        return id;
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() {
        given().redirects().follow(false).get("/console/inbox").then().statusCode(303)
                .header("Location", endsWith("/console/sign-in"));
    }

    @Test
    void devSignInSetsASessionCookieThatOpensTheInbox() {
        String cookie = given().redirects().follow(false).contentType(FORM).cookie(org.windowsuite.testing.PageCsrf.COOKIE, org.windowsuite.testing.PageCsrf.TOKEN)
                .header(org.windowsuite.testing.PageCsrf.HEADER, org.windowsuite.testing.PageCsrf.TOKEN)
                .formParam("staffId", "C001").formParam("roles", "complaint-officer").post("/console/sign-in")
                .then().statusCode(303).header("Location", endsWith("/console")).extract().cookie("ws_token");
        given().cookie("ws_token", cookie).get("/console/inbox").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("收件箱"), containsString("C001"));
    }

    @Test
    void theApisStillTakeABearerTokenWhenNoSessionCookieIsSent() {
        given().header("Authorization", officer).get("/api/complaints/contacts").then().statusCode(200);
    }

    @Test
    void aDepartmentUserNeverSeesAReportersIdentityOnAnyPage() throws Exception {
        String department = "D" + UUID.randomUUID().toString().substring(0, 5);
        String clerk = ComplaintFixtures.staff(mapper, bootstrap, "K", department, 2);
        String id = routedReport(department, "举报窗口收受好处费");

        as(clerk, "clerk").get("/console/contacts/" + id).then().statusCode(200)
                .body(containsString("举报窗口收受好处费"), not(containsString("赵六")),
                        not(containsString("13900000000")), containsString("(reporter protected)"));
        as(clerk, "clerk").get("/console/inbox").then().statusCode(200)
                .body(containsString("举报窗口收受好处费"), not(containsString("赵六")));
        as("C001", "complaint-officer").get("/console/contacts/" + id).then().statusCode(200)
                .body(containsString("赵六"), containsString("13900000000"));
    }

    @Test
    void aRefusedActionIsExplainedAsAPageNotAsJson() throws Exception {
        String department = "D" + UUID.randomUUID().toString().substring(0, 5);
        String clerk = ComplaintFixtures.staff(mapper, bootstrap, "K", department, 2);
        String id = routedReport(department, "举报");
        as(clerk, "clerk").contentType(FORM).formParam("rating", "5")
                .post("/console/contacts/" + id + "/close").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("403 Forbidden"));
        as("C001", "complaint-officer").contentType(FORM).formParam("rating", "five")
                .post("/console/contacts/" + id + "/close").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("rating must be a whole number"));
        as("C001", "complaint-officer").contentType(FORM).formParam("rating", "5")
                .post("/console/contacts/" + id + "/close").then().statusCode(409)
                .body(containsString("it closes once answered"));
    }

    @Test
    void theLiveBoardShowsAnOverdueComplaintUntilItsClockStops() throws Exception {
        String id = routedReport("D01", "投诉超期未办 " + UUID.randomUUID());
        alert(id, "OVERDUE", "OVERDUE");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("C001", "complaint-officer")
                .get("/console/board/items").then().statusCode(200)
                .body(containsString("/console/contacts/" + id), containsString("超期")));
        as("C001", "complaint-officer").get("/console/inbox?overdue=true").then()
                .body(containsString("/console/contacts/" + id));
        as("C001", "complaint-officer").get("/console/board").then().statusCode(200)
                .body(containsString("hx-get=\"/console/board/items\""), containsString("/console/contacts/" + id));

        alert(id, "STOPPED", "ON_TRACK");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("C001", "complaint-officer")
                .get("/console/board/items").then().body(not(containsString("/console/contacts/" + id))));
    }

    @Test
    void theReaderWhoChoseEnglishReadsEnglish() {
        as("C001", "complaint-officer").get("/console/lang/en").then().statusCode(303)
                .cookie("ws_lang", "en");
        as("C001", "complaint-officer").cookie("ws_lang", "en").get("/console/inbox").then().statusCode(200)
                .body(containsString("Inbox"), not(containsString("收件箱")));
    }

    @Test
    void accountabilityShowsPointsPerPersonWithAChart() {
        as("C001", "complaint-officer").get("/console/accountability?from=2026-01-01&to=2026-12-31").then()
                .statusCode(200).body(containsString("<svg"), containsString("id=\"by-staff\""));
        as("S001", "clerk").get("/console/accountability").then().statusCode(403);
    }

    private void alert(String contactId, String alert, String level) throws Exception {
        TestEvents.send(bootstrap, Topics.DEADLINE_ALERTS, contactId, mapper.writeValueAsString(new DeadlineAlert(
                UUID.randomUUID(), DeadlineAlert.TYPE, System.nanoTime(), OffsetDateTime.now(), contactId, alert,
                "COMPLAINT", contactId, "RESOLVE", level, OffsetDateTime.now().minusHours(1), null, "D01", null,
                "S001", null, false)));
    }
}
