package org.windowsuite.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CalendarYearPublished;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "deadline"))
class CalendarApiTest {

    /** A made-up notice for a year no other test of this service relies on being provisional. */
    static final String YEAR_2030 = """
            {"year":2030,"papers":["https://www.gov.cn/example"],"days":[
              {"name":"元旦","date":"2030-01-01","isOffDay":true},
              {"name":"春节","date":"2030-02-02","isOffDay":true},
              {"name":"春节","date":"2030-02-09","isOffDay":false}]}""";

    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void calendarReadsArePublic() {
        given().get("/api/deadlines/calendar/days/2026-10-10").then().statusCode(200)
                .body("workingDay", equalTo(true)).body("makeUpDay", equalTo(true)).body("name", equalTo("国庆节"));
        given().get("/api/deadlines/calendar/days/2026-10-01").then().statusCode(200)
                .body("workingDay", equalTo(false)).body("makeUpDay", equalTo(false));
        given().get("/api/deadlines/calendar/days/2026-11-25").then().body("name", nullValue());
        given().queryParam("from", "2026-09-30").queryParam("workingDays", 5).get("/api/deadlines/calendar/add")
                .then().statusCode(200).body("date", equalTo("2026-10-13")).body("from", equalTo("2026-09-30"))
                .body("workingDays", equalTo(5));
        given().queryParam("from", "2026-09-30").queryParam("to", "2026-10-13").get("/api/deadlines/calendar/between")
                .then().statusCode(200).body("workingDays", equalTo(5));
    }

    @Test
    void anUnpublishedYearAnswersFromTheHolidayLawMarkedProvisional() {
        given().get("/api/deadlines/calendar/days/2027-02-08").then().statusCode(200).contentType(ContentType.JSON)
                .body(equalTo("{\"date\":\"2027-02-08\",\"workingDay\":false,\"name\":\"春节\",\"makeUpDay\":false,"
                        + "\"provisional\":true}"));
        given().get("/api/deadlines/calendar/days/2026-12-31").then().statusCode(200)
                .body("workingDay", equalTo(true)).body("provisional", equalTo(false));
        given().queryParam("from", "2026-12-10").queryParam("workingDays", 60).get("/api/deadlines/calendar/add")
                .then().statusCode(200).body("provisional", equalTo(true)).body("date", equalTo("2027-03-09"));
        given().queryParam("from", "2026-11-02").queryParam("workingDays", 5).get("/api/deadlines/calendar/add")
                .then().statusCode(200).body("provisional", equalTo(false));
        given().queryParam("from", "2026-12-28").queryParam("to", "2027-01-05").get("/api/deadlines/calendar/between")
                .then().statusCode(200).body("workingDays", equalTo(5)).body("provisional", equalTo(true));
        given().get("/api/deadlines/calendar/years").then().statusCode(200)
                .body("find { it.year == 2026 }.provisional", equalTo(false))
                .body("find { it.year == 2026 }.source", equalTo("SHIPPED"))
                .body("find { it.year == 2027 }.provisional", equalTo(true))
                .body("find { it.year == 2027 }.source", equalTo("HOLIDAY_LAW"))
                .body("find { it.year == 2099 }.provisional", equalTo(true));
    }

    @Test
    void badCalendarQuestionsGetClearAnswers() {
        given().get("/api/deadlines/calendar/days/2100-01-01").then().statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("CALENDAR")).body("detail",
                        equalTo("the working-day calendar covers 2007-01-01 to 2099-12-31; 2100-01-01 lies outside it"));
        given().get("/api/deadlines/calendar/days/2006-12-31").then().statusCode(422)
                .contentType("application/problem+json");
        given().queryParam("from", "2099-12-01").queryParam("workingDays", 60).get("/api/deadlines/calendar/add")
                .then().statusCode(422).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("A000", "admin")).contentType(ContentType.JSON)
                .body("{\"year\":2100,\"days\":[]}").put("/api/deadlines/calendar/years/2100").then()
                .statusCode(422).contentType("application/problem+json");
        given().queryParam("from", "2026-09-30").queryParam("workingDays", -1).get("/api/deadlines/calendar/add")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/deadlines/calendar/days/not-a-date").then().statusCode(404);
    }

    @Test
    void anOperatorLoadsANewYearAtRuntimeAndItIsPublished() throws Exception {
        given().contentType(ContentType.JSON).body(YEAR_2030).put("/api/deadlines/calendar/years/2030")
                .then().statusCode(401);
        given().header("Authorization", Tokens.bearer("S001", "clerk")).contentType(ContentType.JSON).body(YEAR_2030)
                .put("/api/deadlines/calendar/years/2030").then().statusCode(403);
        given().get("/api/deadlines/calendar/days/2030-02-09").then().statusCode(200)
                .body("workingDay", equalTo(false)).body("provisional", equalTo(true));
        given().header("Authorization", Tokens.bearer("A000", "admin")).contentType(ContentType.JSON).body(YEAR_2030)
                .put("/api/deadlines/calendar/years/2030").then().statusCode(200).body("year", equalTo(2030));

        given().get("/api/deadlines/calendar/days/2030-02-09").then().statusCode(200)
                .body("workingDay", equalTo(true)).body("makeUpDay", equalTo(true)).body("provisional", equalTo(false));
        given().get("/api/deadlines/calendar/days/2030-02-02").then().body("workingDay", equalTo(false));
        given().get("/api/deadlines/calendar/years").then().body("find { it.year == 2030 }.provisional", equalTo(false))
                .body("find { it.year == 2030 }.source", equalTo("UPLOAD"));

        List<CalendarYearPublished> published = TestEvents.read(bootstrap, Topics.CALENDAR_YEARS, 21,
                Duration.ofSeconds(20)).stream().filter(r -> "2030".equals(r.key())).map(r -> read(r.value())).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).days()).hasSize(3);
    }

    @Test
    void aMalformedYearIsRejectedWholeAndNothingIsLoaded() {
        String duplicate = """
                {"year":2028,"days":[{"name":"元旦","date":"2028-01-01","isOffDay":true},
                                     {"name":"元旦","date":"2028-01-01","isOffDay":false}]}""";
        given().header("Authorization", Tokens.bearer("A000", "admin")).contentType(ContentType.JSON).body(duplicate)
                .put("/api/deadlines/calendar/years/2028").then().statusCode(422)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("A000", "admin")).contentType(ContentType.JSON)
                .body("{\"year\":2028,\"days\":[{\"date\":\"2028-13-45\"}]}")
                .put("/api/deadlines/calendar/years/2028").then().statusCode(400);
        given().get("/api/deadlines/calendar/days/2028-01-03").then().statusCode(200).body("provisional", equalTo(true));
    }

    CalendarYearPublished read(String json) {
        try {
            return mapper.readValue(json, CalendarYearPublished.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
