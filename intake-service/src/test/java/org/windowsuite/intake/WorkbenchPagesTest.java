package org.windowsuite.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.web.PageSupport;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.TestEvents;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.Tokens;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "intake"))
class WorkbenchPagesTest {

    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** As a browser posts a form: UTF-8. */
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    static RequestSpecification as(String staffId, String... roles) {
        return given().redirects().follow(false).cookie("ws_token", Tokens.token(staffId, roles))
                .cookie(org.windowsuite.testing.PageCsrf.COOKIE, org.windowsuite.testing.PageCsrf.TOKEN)
                .header(org.windowsuite.testing.PageCsrf.HEADER, org.windowsuite.testing.PageCsrf.TOKEN);
    }

    @Test
    void aSignedOutClerkIsSentToSignIn() {
        given().redirects().follow(false).get("/workbench").then().statusCode(303)
                .header("Location", endsWith("/workbench/sign-in"));
    }

    @Test
    void bCoveringForAbsentASeesItProminentlyAndASeesWhoCovers() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("COVERED", s.b, "B", s.a);
        as(s.b, "clerk").get("/workbench/desk").then().statusCode(200)
                .body(containsString("class=\"acting\""), containsString(s.post),
                        containsString("<strong id=\"acting-for\">" + s.a + "</strong>"));
        as(s.a, "clerk").get("/workbench/desk").then().statusCode(200)
                .body(containsString("您的窗口 " + s.post + " 现由 " + s.b + " 代岗"));
        as("S004", "supervisor").get("/workbench/overview").then().statusCode(200)
                .body(containsString("<td>" + s.post + "</td><td>" + s.a + "</td><td>开会 · B 角代岗</td>"));
    }

    /** AB-1: the desk offers the items its post handles, by the rule that routes their applications there. */
    @Test
    void theDeskOffersOnlyTheItemsItsPostHandles() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        IntakeTestSupport other = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        as(s.a, "clerk").get("/workbench/desk").then().statusCode(200)
                .body(containsString("<option value=\"" + s.code + "\">"),
                        not(containsString("<option value=\"" + other.code + "\">")),
                        // the page kit's layout around it: title, the workbench's assets and its navigation
                        containsString("<title>我的窗口 · 窗口工作台</title>"),
                        containsString("href=\"/workbench/assets/app.css\""), containsString("id=\"nav-desk\""),
                        containsString("action=\"/workbench/sign-out\""));
    }

    @Test
    void anEstimatedDueDateSaysSoOnTheApplicationInBothLanguagesAndOnTheSupervisorsOverview() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        String id = given().header("Authorization", Tokens.bearer(s.a, "clerk")).contentType("application/json")
                .body(s.application(List.of(Map.of("code", "M1", "status", "PRESENT"), Map.of("code", "M2",
                        "status", "PRESENT"), Map.of("code", "M3", "status", "PRESENT"))))
                .post("/api/intake/applications").then().statusCode(201).extract().path("id");
        DeadlineAlert estimate = new DeadlineAlert(UUID.randomUUID(), DeadlineAlert.TYPE, 1, OffsetDateTime.now(),
                UUID.randomUUID().toString(), "SCHEDULED", "CASE", id, "STATUTORY", "ON_TRACK",
                OffsetDateTime.parse("2027-01-27T17:00:00+08:00"), null, "D01", s.post, s.a, null, true);
        TestEvents.send(bootstrap, Topics.DEADLINE_ALERTS, estimate.aggregateId(), mapper.writeValueAsString(estimate));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(s.a, "clerk").get("/workbench/applications/" + id)
                .then().statusCode(200).body(containsString("2027-01-27 17:00 <span class=\"provisional\" "
                        + "id=\"statutory-due-provisional\">预计，待国务院公布2027年放假安排后确定</span>")));
        as(s.a, "clerk").cookie(PageSupport.LANG_COOKIE, "en").get("/workbench/applications/" + id).then()
                .statusCode(200).body(containsString("estimated until the 2027 holiday schedule is published"));
        as(s.a, "clerk").get("/workbench/desk").then().statusCode(200).body(containsString("class=\"provisional\""));
        as("S004", "supervisor").get("/workbench/overview").then().statusCode(200)
                .body(containsString("id=\"provisional-notice\""));
    }

    @Test
    void aClerkTakesAnIncompleteApplicationPrintsTheNoticeAndTheSupplementIsAccepted() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        as(s.a, "clerk").get("/workbench/applications/new?item=" + s.code).then().statusCode(200)
                .body(containsString("name=\"m_M1\""), containsString("name=\"m_M4\""), containsString("已婚者提交"));
        String location = as(s.a, "clerk").contentType(FORM).formParam("item", s.code)
                .formParam("applicantType", "PERSON").formParam("idNumber", "110101199001011234")
                .formParam("name", "张三").formParam("channel", "WINDOW").formParam("m_M1", "PRESENT")
                .formParam("m_M2", "PRESENT").formParam("m_M3", "MISSING").formParam("m_M4", "")
                .post("/workbench/applications").then().statusCode(303).extract().header("Location");
        String page = pathOf(location);
        as(s.a, "clerk").get(page).then().statusCode(200)
                .body(containsString("一次性告知补正"), containsString("房产证明"), containsString("id=\"s_M3\""));
        as(s.a, "clerk").get("/workbench/desk").then().statusCode(200)
                .body(containsString("id=\"incomplete\""), containsString("href=\"" + page + "\""));
        as(s.a, "clerk").get(page + "/print").then().statusCode(200)
                .body(containsString("补正材料一次性告知书"), containsString("房产证明"), not(containsString("户口簿（M2）")));
        as(s.a, "clerk").contentType(FORM).formParam("m_M3", "PRESENT").post(page + "/supplement")
                .then().statusCode(303);
        as(s.a, "clerk").get(page).then().statusCode(200)
                .body(containsString("id=\"outcome\">受理"), containsString(s.code + "-"));
        as(s.a, "clerk").get("/workbench/desk").then().body(containsString("张三"), containsString("id=\"queue\""));
    }

    /** OTN-5: the clerk ticks "told orally"; the application page says so, as the register does. */
    @Test
    void aClerkMarksASimpleMattersNoticeAsToldOrallyAndThePageRecordsIt() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        as(s.a, "clerk").get("/workbench/applications/new?item=" + s.code).then().statusCode(200)
                .body(containsString("name=\"noticeGivenOrally\""));
        String page = pathOf(as(s.a, "clerk").contentType(FORM).formParam("item", s.code)
                .formParam("applicantType", "PERSON").formParam("idNumber", "110101199001011234")
                .formParam("name", "张三").formParam("channel", "PHONE").formParam("m_M1", "PRESENT")
                .formParam("m_M2", "PRESENT").formParam("m_M3", "MISSING").formParam("m_M4", "")
                .formParam("noticeGivenOrally", "on")
                .post("/workbench/applications").then().statusCode(303).extract().header("Location"));
        as(s.a, "clerk").get(page).then().statusCode(200)
                .body(containsString("id=\"notice-delivery\">口头告知（已登记）"), containsString("房产证明"));
    }

    /** Proves OTN-2 (docs/rules.md). */
    @Test
    void aMatterHandledElsewhereIsReferredAndItsReferralPrinted() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        String code = "GA-" + java.util.UUID.randomUUID().toString().substring(0, 5);
        given().header("Authorization", IntakeTestSupport.admin()).contentType("application/json")
                .body(java.util.Map.of("matter", "出入境证件", "unit", "市公安局出入境管理支队", "handler", "陈警官"))
                .put("/api/intake/referrals/" + code).then().statusCode(200);
        as(s.a, "clerk").get("/workbench/desk").then().body(containsString("<option value=\"" + code + "\">"));
        String page = pathOf(as(s.a, "clerk").contentType(FORM).formParam("item", code)
                .formParam("applicantType", "PERSON").formParam("channel", "WINDOW").formParam("name", "李四")
                .formParam("idNumber", "110101199001011234").post("/workbench/applications").then().statusCode(303)
                .extract().header("Location"));
        as(s.a, "clerk").get(page).then().statusCode(200).body(containsString("id=\"outcome\">告知转介"));
        as(s.a, "clerk").get(page + "/print").then().statusCode(200)
                .body(containsString("告知转介单"), containsString("市公安局出入境管理支队"), containsString("陈警官"));
    }

    @Test
    void anEmptyPostRaisesTheAlarmOnTheSupervisorsOverviewOnly() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("EMPTY", null, "NONE", s.a);
        as("S004", "supervisor").get("/workbench/overview").then().statusCode(200)
                .body(containsString("id=\"empty-" + s.post + "\""), containsString("AB-3"), containsString("<svg"),
                        containsString("hx-trigger=\"every 5s\""));
        as(s.a, "clerk").get("/workbench/overview").then().statusCode(403)
                .body(containsString("403 Forbidden"));
    }

    @Test
    void badFormInputIsExplainedNotAFiveHundred() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        as(s.a, "clerk").contentType(FORM).formParam("item", s.code).formParam("applicantType", "PERSON")
                .formParam("idNumber", "1").formParam("name", "张三").formParam("channel", "WINDOW")
                .formParam("m_M1", "LOST").post("/workbench/applications").then().statusCode(400)
                .body(containsString("LOST is not PRESENT, MISSING or DEFECTIVE"));
        as(s.a, "clerk").get("/workbench/applications/new?item=NOPE").then().statusCode(404)
                .body(containsString("404"));
    }

    private static String pathOf(String location) {
        return java.net.URI.create(location).getPath();
    }

    @Test
    void aFormPostCarriesTheCsrfTokenOfItsPageAndIsRefusedWithoutIt() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        String session = Tokens.token(s.a, "clerk");
        // the desk hands the browser its token twice: in an HttpOnly cookie and in each form's hidden field
        io.restassured.response.Response desk = given().cookie("ws_token", session).get("/workbench/desk");
        String cookie = desk.getCookie("ws_csrf");
        assertThat(desk.getDetailedCookie("ws_csrf").isHttpOnly()).isTrue();
        assertThat(desk.getDetailedCookie("ws_csrf").getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(desk.asString()).contains("name=\"csrf-token\" value=\"" + cookie + "\"");
        Map<String, String> reception = Map.of("channel", "WINDOW", "postId", s.post, "outcome", "ANSWERED");

        // another site can make the browser send the cookies, not fill in the field: refused, nothing recorded
        given().redirects().follow(false).cookie("ws_token", session).cookie("ws_csrf", cookie).contentType(FORM)
                .formParams(reception).post("/workbench/receptions").then().statusCode(403)
                .contentType("application/problem+json");
        given().redirects().follow(false).cookie("ws_token", session).cookie("ws_csrf", cookie).contentType(FORM)
                .formParams(reception).formParam("csrf-token", "x".repeat(43)).post("/workbench/receptions").then()
                .statusCode(403);
        given().redirects().follow(false).cookie("ws_token", session).contentType(FORM).formParams(reception)
                .formParam("csrf-token", cookie).post("/workbench/receptions").then().statusCode(403);
        // a page form is held to the same input rules as the APIs
        for (String matter : List.of("咨询\u0000户口", "\u202E咨询", "长".repeat(2001))) {
            as(s.a, "clerk").contentType(FORM).formParams(reception).formParam("matter", matter)
                    .post("/workbench/receptions").then().statusCode(400).contentType("application/problem+json");
        }
        // the page's own form, as the browser sends it
        given().redirects().follow(false).cookie("ws_token", session).cookie("ws_csrf", cookie).contentType(FORM)
                .formParams(reception).formParam("csrf-token", cookie).formParam("matter", "咨询户口迁入")
                .post("/workbench/receptions").then().statusCode(303);
    }
}
