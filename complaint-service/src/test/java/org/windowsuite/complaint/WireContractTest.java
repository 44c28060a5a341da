package org.windowsuite.complaint;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.windowsuite.complaint.domain.Contact;
import org.windowsuite.complaint.domain.ContactEvents;
import org.windowsuite.complaint.domain.Transfer;
import org.windowsuite.contracts.ContactChanged;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.PostAlarm;
import org.windowsuite.contracts.StaffChanged;
import org.windowsuite.contracts.ViolationCandidate;
import org.windowsuite.outbox.EventReader;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.WireContract;

/** What complaint-service writes to the wire and reads from it, against the golden files in contracts. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "complaint"))
class WireContractTest {

    @Inject
    ContactEvents contacts;
    @Inject
    EventReader reader;
    @Inject
    EntityManager em;

    @Test
    void theContactEventsComplaintWritesHaveTheShapeOfTheirGoldenFile() {
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.kind = "COMPLAINT";
        c.department = "D01";
        c.owner = "C1";
        Transfer t = new Transfer();
        t.id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> contacts.changed(c, "TRANSFERRED", t, "B1", "A1",
                new ContactEvents.Limits(1, 2, 5)));
        WireContract.assertShapeOf(written(c.id), ContactChanged.class);
    }

    @Test
    void theLedgerAndStaffConsumersReadTheirGoldenEvents() {
        WireContract.assertConsumerReads(json -> reader.read(json, CoverageChanged.class), CoverageChanged.class);
        WireContract.assertConsumerReads(json -> reader.read(json, ViolationCandidate.class), ViolationCandidate.class);
        WireContract.assertConsumerReads(json -> reader.read(json, PostAlarm.class), PostAlarm.class);
        WireContract.assertConsumerReads(json -> reader.read(json, DeadlineAlert.class), DeadlineAlert.class);
        WireContract.assertConsumerReads(json -> reader.read(json, StaffChanged.class), StaffChanged.class);
    }

    private String written(UUID contact) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(payload as text) from outbox_event where event_type = 'ContactChanged' and aggregate_id = ?1")
                .setParameter(1, contact.toString()).getSingleResult());
    }
}
