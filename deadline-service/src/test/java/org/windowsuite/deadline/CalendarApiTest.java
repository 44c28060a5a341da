package org.windowsuite.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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

    static final String YEAR_2027 = """
            {"year":2027,"papers":["https://www.gov.cn/example"],"days":[
              {"name":"元旦","date":"2027-01-01","isOffDay":true},
              {"name":"春节","date":"2027-02-06","isOffDay":false},
              {"name":"春节","date":"2027-02-08","isOffDay":true}]}""";

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
    void badCalendarQuestionsGetClearAnswers() {
        given().get("/api/deadlines/calendar/days/2031-01-02").then().statusCode(422)
                .contentType("application/problem+json").body("detail", equalTo("calendar for 2031 not published"));
        given().queryParam("from", "2026-09-30").queryParam("workingDays", -1).get("/api/deadlines/calendar/add")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/deadlines/calendar/days/not-a-date").then().statusCode(404);
    }

    @Test
    void anOperatorLoadsANewYearAtRuntimeAndItIsPublished() throws Exception {
        given().contentType(ContentType.JSON).body(YEAR_2027).put("/api/deadlines/calendar/years/2027")
                .then().statusCode(401);
        given().header("Authorization", Tokens.bearer("S001", "clerk")).contentType(ContentType.JSON).body(YEAR_2027)
                .put("/api/deadlines/calendar/years/2027").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("A000", "admin")).contentType(ContentType.JSON).body(YEAR_2027)
                .put("/api/deadlines/calendar/years/2027").then().statusCode(200).body("year", equalTo(2027));

        given().get("/api/deadlines/calendar/days/2027-02-06").then().statusCode(200)
                .body("workingDay", equalTo(true)).body("makeUpDay", equalTo(true));
        given().get("/api/deadlines/calendar/days/2027-02-08").then().body("workingDay", equalTo(false));
        given().get("/api/deadlines/calendar/years").then().body("year", hasItem(2027));

        List<CalendarYearPublished> published = TestEvents.read(bootstrap, Topics.CALENDAR_YEARS, 21,
                Duration.ofSeconds(20)).stream().filter(r -> "2027".equals(r.key())).map(r -> read(r.value())).toList();
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
        given().get("/api/deadlines/calendar/days/2028-01-03").then().statusCode(422);
    }

    CalendarYearPublished read(String json) {
        try {
            return mapper.readValue(json, CalendarYearPublished.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
