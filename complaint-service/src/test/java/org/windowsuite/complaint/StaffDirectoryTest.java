package org.windowsuite.complaint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.StaffChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

/** complaint-service learns staff and their ranks (FI-1) from roster.staff.v1 through a real broker. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "complaint"))
class StaffDirectoryTest {

    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    void send(String id, long version, int rank, boolean active) throws Exception {
        StaffChanged e = new StaffChanged(UUID.randomUUID(), StaffChanged.TYPE, version, OffsetDateTime.now(), id, id,
                "赵敏", "D02", rank, active);
        TestEvents.send(bootstrap, Topics.ROSTER_STAFF, id, mapper.writeValueAsString(e));
    }

    @Test
    void rankAndActiveFlagFollowTheLatestStaffVersion() throws Exception {
        String id = "S-" + UUID.randomUUID().toString().substring(0, 8);
        String officer = Tokens.bearer("C001", "complaint-officer");
        send(id, 1, 2, true);
        send(id, 2, 6, true);
        send(id, 1, 2, true);
        send(id, 3, 6, false);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", officer)
                .get("/api/complaints/staff/" + id).then().statusCode(200).body("active", equalTo(false)));
        given().header("Authorization", officer).get("/api/complaints/staff/" + id).then().body("rank", equalTo(6));
        given().get("/api/complaints/staff/" + id).then().statusCode(401);
        given().header("Authorization", officer).get("/api/complaints/staff/NOBODY").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
