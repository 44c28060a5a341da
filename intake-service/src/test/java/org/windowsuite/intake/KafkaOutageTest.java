package org.windowsuite.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.Tokens;

/** A Kafka outage must not stop intake: the service is ready and applications keep committing. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, initArgs = {
    @ResourceArg(name = "database", value = "intake_outage"), @ResourceArg(name = "broker", value = "down")})
class KafkaOutageTest {

    @Test
    void intakeStaysReadyAndKeepsTakingApplicationsWhileTheBrokerIsDown() {
        given().get("/q/health/ready").then().statusCode(200);
        String admin = Tokens.bearer("A000", "admin");
        given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of("code", "OUT-1",
                "name", "户籍证明", "department", "D01", "basis", "b", "promisedDays", 1, "statutoryDays", 5,
                "posts", List.of("P01"), "materials", List.of(Map.of("code", "M1", "name", "居民身份证"))))
                .post("/api/intake/service-items").then().statusCode(201);
        String id = given().header("Authorization", Tokens.bearer("S001", "clerk")).contentType(ContentType.JSON)
                .body(Map.of("serviceItemCode", "OUT-1", "channel", "WINDOW", "materials", List.of(Map.of("code",
                        "M1", "status", "PRESENT")), "applicant", Map.of("type", "PERSON", "idNumber", "1", "name",
                        "张三"))).post("/api/intake/applications").then().statusCode(201)
                .body("outcome", equalTo("ACCEPTED")).body("postId", equalTo("P01")).extract().path("id");
        given().header("Authorization", admin).get("/api/intake/applications/" + id).then().statusCode(200)
                .body("state", equalTo("ACCEPTED"));
    }
}
