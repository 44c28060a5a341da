package org.windowsuite.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CaseChanged;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.StaffChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.contracts.ViolationCandidate;
import org.windowsuite.intake.domain.Application;
import org.windowsuite.intake.domain.CaseEvents;
import org.windowsuite.intake.domain.ServiceItem;
import org.windowsuite.outbox.EventReader;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.WireContract;

/** What intake-service writes to the wire and reads from it, against the golden files in contracts. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "intake"))
class WireContractTest {

    @Inject
    CaseEvents events;
    @Inject
    EventReader reader;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theCaseAndViolationEventsIntakeWritesHaveTheShapeOfTheirGoldenFiles() {
        Application app = new Application();
        app.id = UUID.randomUUID();
        app.itemCode = "HJ1";
        app.caseNumber = "HJ1-2026-000001";
        app.postId = "P1";
        app.handler = "B1";
        app.actingFor = "A1";
        app.acceptedAt = Instant.now();
        ServiceItem item = new ServiceItem();
        item.key = new ServiceItem.Key("HJ1", 1);
        item.department = "D01";
        item.promisedDays = 5;
        item.statutoryDays = 20;
        item.maxExtensionDays = 10;
        QuarkusTransaction.requiringNew().run(() -> {
            events.caseChanged(app, item, "ACCEPTED", "materials complete");
            events.violation("REPEATED_DEMAND", "F1", "A1", app, "OTN-3: M3 was not on the first notice");
        });
        WireContract.assertShapeOf(written("CaseChanged", app.id), CaseChanged.class);
        WireContract.assertShapeOf(written("ViolationCandidate", app.id), ViolationCandidate.class);
    }

    /** The golden coverage event, sent as roster sends it, changes who intake sees holding the post. */
    @Test
    void theCoverageConsumerTakesTheGoldenEventFromTheBroker() {
        CoverageChanged golden = WireContract.assertConsumerReads(json -> reader.read(json, CoverageChanged.class),
                CoverageChanged.class);
        TestEvents.send(bootstrap, Topics.ROSTER_COVERAGE, golden.aggregateId(), WireContract.golden(CoverageChanged.class));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", IntakeTestSupport.admin()).get("/api/intake/posts/" + golden.postId() + "/coverage")
                .then().statusCode(200).body("state", equalTo(golden.state())).body("holder", equalTo(golden.holder()))
                .body("actingFor", equalTo(golden.actingFor())));
    }

    @Test
    void theAlertAndStaffConsumersReadTheirGoldenEvents() {
        WireContract.assertConsumerReads(json -> reader.read(json, DeadlineAlert.class), DeadlineAlert.class);
        WireContract.assertConsumerReads(json -> reader.read(json, StaffChanged.class), StaffChanged.class);
    }

    private String written(String type, UUID aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(payload as text) from outbox_event where event_type = ?1 and aggregate_id = ?2")
                .setParameter(1, type).setParameter(2, aggregateId.toString()).getSingleResult());
    }
}
