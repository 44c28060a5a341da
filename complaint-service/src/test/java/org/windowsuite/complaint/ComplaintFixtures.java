package org.windowsuite.complaint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.windowsuite.contracts.StaffChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

/** Staff as roster-service announces them, and contacts registered over the API. */
public final class ComplaintFixtures {

    private ComplaintFixtures() {
    }

    /** Returns the id with a unique suffix, once complaint-service's directory knows the member. */
    public static String staff(ObjectMapper mapper, String bootstrap, String id, String department, int rank)
            throws Exception {
        String unique = id + "-" + UUID.randomUUID().toString().substring(0, 6);
        TestEvents.send(bootstrap, Topics.ROSTER_STAFF, unique, mapper.writeValueAsString(new StaffChanged(
                UUID.randomUUID(), StaffChanged.TYPE, 1, OffsetDateTime.now(), unique, unique, "王芳", department, rank,
                true)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", Tokens.bearer("C001", "complaint-officer"))
                .get("/api/complaints/staff/" + unique).then().statusCode(200));
        return unique;
    }

    public static io.restassured.response.ValidatableResponse register(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/api/complaints/contacts").then();
    }

    public static Map<String, Object> contact(String kind, String receiver, List<String> present, String matter) {
        return Map.of("kind", kind, "channel", "PHONE", "firstReceiver", receiver, "presentStaff", present,
                "client", Map.of("unit", "某公司", "name", "赵六", "phone", "13900000000"), "matter", matter);
    }
}
