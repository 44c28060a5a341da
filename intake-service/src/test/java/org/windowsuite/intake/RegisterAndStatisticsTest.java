package org.windowsuite.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.windowsuite.intake.IntakeTestSupport.present;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.intake.domain.ArchiveService;
import org.windowsuite.testing.MutableClock;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.Tokens;

/** WP-8: the reception register, the statistics summaries and archiving. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "intake"))
class RegisterAndStatisticsTest {

    @Inject
    ObjectMapper mapper;
    @Inject
    MutableClock clock;
    @Inject
    ArchiveService archive;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    /** Proves WP-8 and SC-2.5 (docs/rules.md). */
    @Test
    void everyReceptionIsRegisteredAndDifficultQuestionsAreFlagged() {
        String clerk = Tokens.bearer("R-clerk", "clerk");
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "matter", "询问落户政策", "outcome", "ANSWERED", "difficult", true,
                        "note", "涉及人才引进政策，需研究"))
                .post("/api/intake/receptions").then().statusCode(201).body("staffId", equalTo("R-clerk"));
        given().header("Authorization", Tokens.bearer("SUP", "supervisor")).queryParam("from", today())
                .queryParam("to", today()).queryParam("difficult", true).get("/api/intake/receptions").then()
                .statusCode(200).body("matter", hasItem("询问落户政策"));
        given().header("Authorization", clerk).queryParam("from", today()).queryParam("to", today())
                .get("/api/intake/receptions").then().statusCode(403);
    }

    /** Proves WP-8 (docs/rules.md). */
    @Test
    void statisticsCountEachOutcomeByStaffPostItemAndDay() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        String clerk = Tokens.bearer(s.a, "clerk");
        for (List<Map<String, Object>> m : List.of(List.of(present("M1"), present("M2"), present("M3")),
                List.of(present("M1")))) {
            given().header("Authorization", clerk).contentType(ContentType.JSON).body(s.application(m))
                    .post("/api/intake/applications").then().statusCode(201);
        }
        String supervisor = Tokens.bearer("SUP", "supervisor");
        given().header("Authorization", supervisor).queryParam("from", today()).queryParam("to", today())
                .queryParam("groupBy", "item").get("/api/intake/statistics").then().statusCode(200)
                .body("find { it.key == '" + s.code + "' }.received", equalTo(2))
                .body("find { it.key == '" + s.code + "' }.accepted", equalTo(1))
                .body("find { it.key == '" + s.code + "' }.incomplete", equalTo(1))
                .body("find { it.key == '" + s.code + "' }.receptions", equalTo(2));
        given().header("Authorization", supervisor).queryParam("from", today()).queryParam("to", today())
                .queryParam("groupBy", "staff").get("/api/intake/statistics").then()
                .body("find { it.key == '" + s.a + "' }.received", equalTo(2));
        given().header("Authorization", supervisor).queryParam("from", today()).queryParam("to", today())
                .queryParam("groupBy", "day").get("/api/intake/statistics").then().body("key", hasItem(today()));
        given().header("Authorization", supervisor).queryParam("from", today()).queryParam("to", today())
                .queryParam("groupBy", "weather").get("/api/intake/statistics").then().statusCode(422);
    }

    /** Proves WP-8 (docs/rules.md). */
    @Test
    void closedCasesAreArchivedReadOnlyAfterTheConfiguredPeriod() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        String clerk = Tokens.bearer(s.a, "clerk");
        String id = given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(s.application(List.of(present("M1"), present("M2"), present("M3"))))
                .post("/api/intake/applications").then().statusCode(201).extract().path("id");
        given().header("Authorization", clerk).contentType(ContentType.JSON).body(Map.of("text", "ok"))
                .post("/api/intake/applications/" + id + "/complete").then().statusCode(200);
        try {
            clock.advance(java.time.Duration.ofDays(91));
            archive.archive();
        } finally {
            clock.reset();
        }
        given().header("Authorization", clerk).get("/api/intake/applications/" + id).then()
                .body("archived", equalTo(true)).body("state", equalTo("COMPLETED"));
        given().header("Authorization", clerk).contentType(ContentType.JSON).body(Map.of("text", "late note"))
                .post("/api/intake/applications/" + id + "/notes").then().statusCode(409);
    }
}
