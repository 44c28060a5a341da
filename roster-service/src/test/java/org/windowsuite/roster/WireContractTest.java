package org.windowsuite.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CalendarYearPublished;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.contracts.PostAlarm;
import org.windowsuite.contracts.StaffChanged;
import org.windowsuite.outbox.EventReader;
import org.windowsuite.roster.domain.AlarmEvents;
import org.windowsuite.roster.domain.Coverage;
import org.windowsuite.roster.domain.CoverageEvents;
import org.windowsuite.roster.domain.CoveragePeriod;
import org.windowsuite.roster.domain.CoverageRole;
import org.windowsuite.roster.domain.CoverageState;
import org.windowsuite.roster.domain.Post;
import org.windowsuite.roster.domain.RosterAlarm;
import org.windowsuite.roster.domain.Staff;
import org.windowsuite.roster.domain.StaffEvents;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.WireContract;

/** What roster-service writes to the wire and reads from it, against the golden files in contracts. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "roster"))
class WireContractTest {

    @Inject
    StaffEvents staff;
    @Inject
    CoverageEvents coverage;
    @Inject
    AlarmEvents alarms;
    @Inject
    EventReader reader;
    @Inject
    EntityManager em;

    @Test
    void theStaffCoverageAndAlarmEventsRosterWritesHaveTheShapeOfTheirGoldenFiles() {
        String id = "W" + UUID.randomUUID().toString().substring(0, 8);
        Post post = new Post("P" + id, "户籍窗口", "D01", Set.of("HJ" + id));
        QuarkusTransaction.requiringNew().run(() -> {
            staff.staffChanged(new Staff(id, "王五", "D01", 2));
            coverage.coverageChanged(post, new CoveragePeriod(post.id, 3, new Coverage(CoverageState.COVERED, "B" + id,
                    CoverageRole.B, "A" + id, Instant.now().plusSeconds(3600)), "ABSENCE_REGISTERED", Instant.now()),
                    "ABSENCE_REGISTERED");
            alarms.raised(new RosterAlarm("EMPTY_POST", post.id, "A" + id, "AB-3: both away", Instant.now()), post,
                    "A" + id, "B" + id);
        });
        WireContract.assertShapeOf(written("StaffChanged", id), StaffChanged.class);
        WireContract.assertShapeOf(written("CoverageChanged", post.id), CoverageChanged.class);
        WireContract.assertShapeOf(written("PostAlarm", post.id), PostAlarm.class);
    }

    @Test
    void theCalendarConsumerReadsTheGoldenCalendarYear() {
        CalendarYearPublished year = WireContract.assertConsumerReads(
                json -> reader.read(json, CalendarYearPublished.class), CalendarYearPublished.class);
        assertThat(year.days()).allSatisfy(d -> assertThat(d.date()).isNotNull());
    }

    private String written(String type, String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(payload as text) from outbox_event where event_type = ?1 and aggregate_id = ?2")
                .setParameter(1, type).setParameter(2, aggregateId).getSingleResult());
    }
}
