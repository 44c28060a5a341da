package org.windowsuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** People at work in a real browser: the complaint center console and the window workbench behind the gateway. */
class BrowserIT {

    static RunningSuite SUITE;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeAll
    static void startSuite() throws Exception {
        SuiteIT.startSuite();
        SUITE = SuiteIT.SUITE;
    }

    @BeforeEach
    void atTheGateway() {
        browser.at(SUITE.gateway());
    }

    @Test
    void anOfficerRegistersAPhoneComplaintRoutesItTheDepartmentAnswersAndTheOfficerClosesItWithARating() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String department = "D" + s;
        String officer = staff("C" + s, "CC", 4);
        String clerk = staff("K" + s, department, 2);

        browser.signIn("console", officer, "complaint-officer");
        browser.click("nav-new");
        browser.select("kind", "COMPLAINT");
        browser.select("channel", "PHONE");
        browser.select("firstReceiver", officer);
        browser.type("clientName", "王先生");
        browser.type("clientPhone", "13800000000");
        browser.type("matter", "窗口等候时间过长 " + s);
        browser.click("register-submit");
        browser.waitFor(d -> d.findElement(By.id("state")).getText().equals("已登记"));
        String contactPage = browser.url().replaceAll("\\?.*", "");

        browser.select("route-department", department);
        browser.click("route");
        browser.waitFor(d -> d.findElement(By.id("state")).getText().equals("已分办"));
        assertThat(browser.text("department")).isEqualTo(department);

        browser.signIn("console", clerk, "clerk");
        browser.open("/console/inbox");
        browser.driver().findElement(By.xpath("//a[contains(@class,'matter') and contains(., '" + s + "')]")).click();
        browser.type("answer-text", "已增设两个窗口，等候时间缩短到 15 分钟以内。");
        browser.click("answer-submit");
        browser.waitFor(d -> d.findElement(By.id("state")).getText().equals("已答复待审"));

        browser.signIn("console", officer, "complaint-officer");
        browser.driver().get(contactPage);
        browser.select("close-rating", "4");
        browser.type("close-comment", "满意");
        browser.click("close");
        browser.waitFor(d -> d.findElement(By.id("state")).getText().equals("已办结"));
        assertThat(browser.text("rating")).startsWith("4 / 5");
        assertThat(browser.text("history")).contains("登记", "分办", "部门答复", "回访评价");
        browser.screenshot("console-contact");
        browser.click("nav-inbox");
        browser.tablet();
        assertThat(browser.fitsTheWindow()).as("the inbox on a tablet needs no sideways scrolling").isTrue();
    }

    @Test
    void theLiveBoardShowsAComplaintGoingOverdueWithoutAReloadAndEnglishIsOneClickAway() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String officer = staff("C" + s, "CC", 4);
        staff("K" + s, "D" + s, 2);
        browser.signIn("console", officer, "complaint-officer");
        browser.click("nav-new");
        browser.select("kind", "COMPLAINT");
        browser.select("channel", "LETTER");
        browser.type("clientName", "刘女士");
        browser.type("matter", "来信投诉：答复迟迟未到 " + s);
        browser.click("register-submit");
        browser.select("route-department", "D" + s);
        browser.click("route");
        browser.waitFor(d -> d.findElement(By.id("state")).getText().equals("已分办"));

        browser.click("nav-board");
        assertThat(browser.text("board-items")).doesNotContain(s);
        try {
            // five working days to resolve, then a fortnight passes at deadline-service
            SUITE.setClock("deadline", OffsetDateTime.now(SuiteIT.OFFICE).plusDays(14));
            browser.waitFor(d -> d.findElement(By.id("board-items")).getText().contains(s));
        } finally {
            SUITE.setClock("deadline", null);
        }
        assertThat(browser.text("board-items")).contains("超期", "办结");
        browser.screenshot("console-board");

        browser.driver().findElement(By.linkText("English")).click();
        browser.waitFor(d -> d.findElement(By.id("nav-inbox")).getText().equals("Inbox"));
        browser.open("/console/board");
        assertThat(browser.text("board-items")).contains("Overdue", "Resolve");
    }

    @Test
    void aClerkTakesAnIncompleteApplicationPrintsTheOneTimeNoticeAddsTheSupplementAndSeesItAccepted() {
        SuiteIT.Post p = IntakeFlowIT.stationWithItem();
        browser.signIn("workbench", p.a(), "clerk");
        assertThat(browser.text("holding")).contains(p.id());
        browser.select("item", p.item());
        browser.click("start-application");
        browser.type("name", "张三");
        browser.type("idNumber", "110101199001011234");
        browser.select("m_M1", "PRESENT");
        browser.select("m_M2", "PRESENT");
        browser.select("m_M3", "MISSING");
        browser.click("take-application");
        browser.waitFor(d -> d.findElement(By.id("outcome")).getText().equals("一次性告知补正"));
        assertThat(browser.text("first-notice")).contains("房产证明").doesNotContain("户口簿");
        String applicationPage = browser.url().replaceAll("\\?.*", "");

        browser.driver().get(browser.driver().findElement(By.id("print")).getAttribute("href"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("补正材料一次性告知书");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("房产证明");

        // the applicant comes back with the missing material: the desk lists what waits for a supplement
        browser.open("/workbench/desk");
        browser.driver().findElement(By.cssSelector("#incomplete a[href='" + URI.create(applicationPage).getPath() + "']"))
                .click();
        browser.select("s_M3", "PRESENT");
        browser.click("supplement");
        browser.waitFor(d -> d.findElement(By.id("outcome")).getText().equals("受理"));
        assertThat(browser.text("case-number")).startsWith(p.item());
        // deadline-service computes the due dates and announces them; the page shows them once they arrive
        browser.reloadUntil(d -> !d.findElement(By.id("promised-due")).getText().equals("—"));
        assertThat(browser.text("promised-due")).matches("\\d{4}-\\d{2}-\\d{2} 17:00");
        browser.screenshot("workbench-application");

        browser.click("nav-desk");
        assertThat(browser.text("queue")).contains(p.item(), "张三");
        browser.tablet();
        assertThat(browser.fitsTheWindow()).as("the desk on a tablet needs no sideways scrolling").isTrue();
        browser.screenshot("workbench-desk-tablet");
    }

    @Test
    void aSupervisorSeesAPostTurnEmptyWhenBothItsHoldersAreAwayWithoutReloading() {
        SuiteIT.Post p = SuiteIT.rosteredPost();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> SuiteIT.intakeCoverage(p.id()).statusCode(200)
                .body("state", equalTo("NORMAL")));
        browser.signIn("workbench", "H" + p.id(), "supervisor");
        browser.open("/workbench/overview");
        assertThat(browser.text("state-" + p.id())).isEqualTo("A 角在岗");
        assertThat(browser.present("empty-" + p.id())).isFalse();

        OffsetDateTime now = OffsetDateTime.now(SuiteIT.OFFICE).truncatedTo(ChronoUnit.SECONDS);
        SuiteIT.absence(p.a(), now.minusMinutes(1), now.plusHours(2));
        SuiteIT.absence(p.b(), now.minusMinutes(1), now.plusHours(2));

        // the overview refreshes itself: the alarm appears without a reload
        browser.waitFor(d -> !d.findElements(By.id("empty-" + p.id())).isEmpty());
        assertThat(browser.text("state-" + p.id())).isEqualTo("空岗");
        assertThat(browser.text("empty-" + p.id())).contains(p.id(), "AB-3");
        assertThat(browser.text("whereabouts")).contains(p.id(), p.a(), "休假");
        browser.screenshot("workbench-overview");
    }

    /** A staff member created in roster-service, once complaint-service's directory has heard of them. */
    static String staff(String id, String department, int rank) {
        given().header("Authorization", SuiteIT.admin).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "员工" + id, "department", department, "rank", rank))
                .post("/api/roster/staff").then().statusCode(201);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given()
                .header("Authorization", SUITE.token("C001", "complaint-officer"))
                .get("/api/complaints/staff/" + id).then().statusCode(200));
        return id;
    }
}
