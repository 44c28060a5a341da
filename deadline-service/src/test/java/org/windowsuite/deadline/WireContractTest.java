package org.windowsuite.deadline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.calendar.CalendarDay;
import org.windowsuite.contracts.CalendarYearPublished;
import org.windowsuite.contracts.CaseChanged;
import org.windowsuite.contracts.ContactChanged;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.deadline.domain.AlertEvents;
import org.windowsuite.deadline.domain.CalendarEvents;
import org.windowsuite.deadline.domain.DeadlineClock;
import org.windowsuite.outbox.EventReader;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.WireContract;

/** What deadline-service writes to the wire and reads from it, against the golden files in contracts. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "deadline"))
class WireContractTest {

    @Inject
    AlertEvents alerts;
    @Inject
    CalendarEvents calendar;
    @Inject
    EventReader reader;
    @Inject
    EntityManager em;

    @Test
    void theAlertAndCalendarEventsDeadlineWritesHaveTheShapeOfTheirGoldenFiles() {
        DeadlineClock clock = new DeadlineClock("CASE", "c0ffee00-0000-4000-8000-000000000001", "STATUTORY",
                Instant.now(), LocalDate.now(), 20);
        clock.department = "D01";
        clock.postId = "P1";
        clock.holder = "B1";
        clock.actingFor = "A1";
        clock.dueAt = Instant.now().plusSeconds(86_400);
        clock.alertVersion = 1;
        QuarkusTransaction.requiringNew().run(() -> {
            alerts.alert(clock, "SCHEDULED", Instant.now());
            calendar.yearPublished(1999, 1, List.of(new CalendarDay(LocalDate.of(1999, 10, 1), "国庆节", true)));
        });
        WireContract.assertShapeOf(written("DeadlineAlert", clock.id.toString()), DeadlineAlert.class);
        WireContract.assertShapeOf(written("CalendarYearPublished", "1999"), CalendarYearPublished.class);
    }

    @Test
    void theCaseAndContactConsumersReadTheirGoldenEvents() {
        WireContract.assertConsumerReads(json -> reader.read(json, CaseChanged.class), CaseChanged.class);
        WireContract.assertConsumerReads(json -> reader.read(json, ContactChanged.class), ContactChanged.class);
    }

    private String written(String type, String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(payload as text) from outbox_event where event_type = ?1 and aggregate_id = ?2 "
                        + "order by id desc limit 1").setParameter(1, type).setParameter(2, aggregateId).getSingleResult());
    }
}
