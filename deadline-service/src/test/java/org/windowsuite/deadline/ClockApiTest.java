package org.windowsuite.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.input.Limits;
import org.windowsuite.contracts.CaseChanged;
import org.windowsuite.contracts.ContactChanged;
import org.windowsuite.contracts.DeadlineAlert;
import org.windowsuite.contracts.Topics;
import org.windowsuite.deadline.domain.ClockService;
import org.windowsuite.testing.MutableClock;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "deadline"))
class ClockApiTest {

    @Inject
    ObjectMapper mapper;
    @Inject
    MutableClock clock;
    @Inject
    ClockService clocks;
    @Inject
    jakarta.persistence.EntityManager em;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String clerk = Tokens.bearer("S001", "clerk");
    String supervisor = Tokens.bearer("S004", "supervisor");
    @Inject
    org.windowsuite.outbox.staff.StaffDepartments departments;

    /** S004 supervises D01, the department of the tests' cases (their extensions stop at its border). */
    @org.junit.jupiter.api.BeforeEach
    void supervisorOfD01() {
        if (!"D01".equals(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> departments.departmentOf("S004")))) {
            org.windowsuite.testing.TestEvents.announceStaff(bootstrap, "S004", "D01");
            await().atMost(Duration.ofSeconds(20)).until(() -> "D01".equals(io.quarkus.narayana.jta.QuarkusTransaction
                    .requiringNew().call(() -> departments.departmentOf("S004"))));
        }
    }

    void sendCase(String caseId, long version, String change, String acceptedAt, String occurredAt, String reason)
            throws Exception {
        CaseChanged e = new CaseChanged(UUID.randomUUID(), CaseChanged.TYPE, version, OffsetDateTime.parse(occurredAt),
                caseId, change, "HJ-2026-0001", "HJ-001", "D01", "P01", "S002", "S001",
                acceptedAt == null ? null : OffsetDateTime.parse(acceptedAt), 5, 20, 10, reason, null);
        TestEvents.send(bootstrap, Topics.INTAKE_CASES, caseId, mapper.writeValueAsString(e));
    }

    io.restassured.response.ValidatableResponse clocksOf(String type, String id) {
        return given().header("Authorization", clerk).queryParam("subjectType", type).queryParam("subjectId", id)
                .get("/api/deadlines/clocks").then().statusCode(200);
    }

    List<DeadlineAlert> alertsOf(String subjectId, int atLeast) {
        List<DeadlineAlert> alerts = new java.util.ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            alerts.clear();
            TestEvents.read(bootstrap, Topics.DEADLINE_ALERTS, Integer.MAX_VALUE, Duration.ofSeconds(2)).stream()
                    .map(r -> read(r.value())).filter(a -> subjectId.equals(a.subjectId())).forEach(alerts::add);
            return alerts.size() >= atLeast;
        });
        return alerts;
    }

    DeadlineAlert read(String json) {
        try {
            return mapper.readValue(json, DeadlineAlert.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCaseAcceptedBeforeTheNationalDayHolidayIsDueAfterItAndPausesMoveTheDueDate() throws Exception {
        String caseId = UUID.randomUUID().toString();
        sendCase(caseId, 1, "ACCEPTED", "2026-09-30T10:00:00+08:00", "2026-09-30T10:00:00+08:00", null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> clocksOf("CASE", caseId)
                .body("kind", org.hamcrest.Matchers.contains("PROMISED", "STATUTORY")));
        clocksOf("CASE", caseId).body("find { it.kind == 'PROMISED' }.dueDay", equalTo("2026-10-13"))
                .body("find { it.kind == 'PROMISED' }.dueAt", equalTo("2026-10-13T17:00:00+08:00"))
                .body("find { it.kind == 'PROMISED' }.holder", equalTo("S002"))
                .body("find { it.kind == 'PROMISED' }.actingFor", equalTo("S001"))
                .body("find { it.kind == 'STATUTORY' }.dueDay", equalTo("2026-11-03"));

        // waiting for the applicant's correction from Friday 9 October to Tuesday 13 October: 3 working days lost
        sendCase(caseId, 2, "PAUSED", null, "2026-10-09T10:00:00+08:00", "awaiting corrected household register");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> clocksOf("CASE", caseId)
                .body("state", org.hamcrest.Matchers.everyItem(equalTo("PAUSED"))));
        sendCase(caseId, 3, "RESUMED", null, "2026-10-13T10:00:00+08:00", null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> clocksOf("CASE", caseId)
                .body("find { it.kind == 'PROMISED' }.dueDay", equalTo("2026-10-16"))
                .body("find { it.kind == 'PROMISED' }.pausedDays", equalTo(3)));

        String promisedId = clocksOf("CASE", caseId).extract().path("find { it.kind == 'PROMISED' }.id");
        given().header("Authorization", clerk).get("/api/deadlines/clocks/" + promisedId).then().statusCode(200)
                .body("pauses[0].reason", equalTo("awaiting corrected household register"))
                .body("pauses[0].lostDays", equalTo(3));
        List<DeadlineAlert> alerts = alertsOf(caseId, 4);
        assertThat(alerts).extracting(DeadlineAlert::alert).containsExactlyInAnyOrder("SCHEDULED", "SCHEDULED",
                "RETIMED", "RETIMED");
        DeadlineAlert retimed = alerts.stream().filter(a -> a.alert().equals("RETIMED") && a.clockKind()
                .equals("PROMISED")).findFirst().orElseThrow();
        assertThat(retimed.previousDueAt()).isEqualTo(OffsetDateTime.parse("2026-10-13T17:00:00+08:00"));
        assertThat(retimed.dueAt()).isEqualTo(OffsetDateTime.parse("2026-10-16T17:00:00+08:00"));
    }

    /** Proves SC-2.3 (docs/rules.md). */
    @Test
    void movingTheClockPastTheDueTimeRaisesExactlyOneWarningAndOneOverdue() throws Exception {
        String caseId = UUID.randomUUID().toString();
        sendCase(caseId, 1, "ACCEPTED", "2026-11-02T10:00:00+08:00", "2026-11-02T10:00:00+08:00", null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> clocksOf("CASE", caseId).body("size()", equalTo(2)));

        // promised: 5 working days from Monday 2 November, due Monday 9 November 17:00, warning Friday 6 at 17:00
        clock.set(OffsetDateTime.parse("2026-11-06T16:59:00+08:00"));
        clocks.tick();
        clocksOf("CASE", caseId).body("find { it.kind == 'PROMISED' }.level", equalTo("ON_TRACK"));
        clock.set(OffsetDateTime.parse("2026-11-06T17:00:00+08:00"));
        clocks.tick();
        clocks.tick();
        clocksOf("CASE", caseId).body("find { it.kind == 'PROMISED' }.level", equalTo("WARNING"));
        clock.set(OffsetDateTime.parse("2026-11-09T17:00:01+08:00"));
        clocks.tick();
        clocks.tick();
        clocksOf("CASE", caseId).body("find { it.kind == 'PROMISED' }.level", equalTo("OVERDUE"))
                .body("find { it.kind == 'STATUTORY' }.level", equalTo("ON_TRACK"));
        given().header("Authorization", supervisor).queryParam("level", "OVERDUE").queryParam("department", "D01")
                .get("/api/deadlines/clocks").then().statusCode(200).body("subjectId", hasItem(caseId));

        // the next working day brings one reminder while the case stays overdue
        clock.set(OffsetDateTime.parse("2026-11-10T09:00:00+08:00"));
        clocks.tick();
        clocks.tick();
        List<DeadlineAlert> promised = alertsOf(caseId, 5).stream().filter(a -> a.clockKind().equals("PROMISED"))
                .toList();
        assertThat(promised).extracting(DeadlineAlert::alert).startsWith("SCHEDULED", "WARNING", "OVERDUE",
                "REMINDER");
        assertThat(promised.get(2).holder()).isEqualTo("S002");
        assertThat(promised.get(2).actingFor()).isEqualTo("S001");

        // an extension of the promised limit puts the overdue clock back on track, and it warns again in time
        String promisedId = clocksOf("CASE", caseId).extract().path("find { it.kind == 'PROMISED' }.id");
        given().header("Authorization", supervisor).contentType(ContentType.JSON)
                .body(Map.of("days", 3, "reason", "applicant asked for a site visit"))
                .post("/api/deadlines/clocks/" + promisedId + "/extensions").then().statusCode(200)
                .body("level", equalTo("ON_TRACK")).body("dueDay", equalTo("2026-11-12"));
        clock.set(OffsetDateTime.parse("2026-11-11T17:00:00+08:00"));
        clocks.tick();
        clocksOf("CASE", caseId).body("find { it.kind == 'PROMISED' }.level", equalTo("WARNING"));
        clock.set(OffsetDateTime.parse("2026-11-10T09:00:00+08:00"));

        sendCase(caseId, 2, "COMPLETED", null, "2026-11-10T10:00:00+08:00", null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> clocksOf("CASE", caseId)
                .body("state", org.hamcrest.Matchers.everyItem(equalTo("STOPPED"))));
        clock.set(OffsetDateTime.parse("2026-11-11T09:00:00+08:00"));
        clocks.tick();
        List<DeadlineAlert> all = alertsOf(caseId, 9).stream().filter(a -> a.clockKind().equals("PROMISED")).toList();
        assertThat(all).extracting(DeadlineAlert::alert).containsExactly("SCHEDULED", "WARNING", "OVERDUE",
                "REMINDER", "RETIMED", "WARNING", "STOPPED");
        clock.reset();
    }

    @Test
    void aSupervisorExtendsTheStatutoryLimitOnlyUpToTheLegalMaximum() throws Exception {
        String caseId = UUID.randomUUID().toString();
        sendCase(caseId, 1, "ACCEPTED", "2026-11-02T10:00:00+08:00", "2026-11-02T10:00:00+08:00", null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> clocksOf("CASE", caseId).body("size()", equalTo(2)));
        String statutory = clocksOf("CASE", caseId).extract().path("find { it.kind == 'STATUTORY' }.id");
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("days", 5, "reason", "expert review")).post("/api/deadlines/clocks/" + statutory
                        + "/extensions").then().statusCode(403);
        given().header("Authorization", supervisor).contentType(ContentType.JSON)
                .body(Map.of("days", 11, "reason", "expert review")).post("/api/deadlines/clocks/" + statutory
                        + "/extensions").then().statusCode(422).body("rule", equalTo("SC-2.3"));
        given().header("Authorization", supervisor).contentType(ContentType.JSON)
                .body(Map.of("days", 5, "reason", "expert review")).post("/api/deadlines/clocks/" + statutory
                        + "/extensions").then().statusCode(200).body("extensionDays", equalTo(5))
                .body("dueDay", equalTo("2026-12-07"));
        given().header("Authorization", supervisor).get("/api/deadlines/clocks/" + statutory).then()
                .body("extensions[0].reason", equalTo("expert review")).body("extensions[0].grantedBy", equalTo("S004"));
        // a supervisor of another department extends nothing here; the audit shows the one extension granted
        org.windowsuite.testing.TestEvents.announceStaff(bootstrap, "S-D02", "D02");
        await().atMost(Duration.ofSeconds(20)).until(() -> "D02".equals(io.quarkus.narayana.jta.QuarkusTransaction
                .requiringNew().call(() -> departments.departmentOf("S-D02"))));
        given().header("Authorization", Tokens.bearer("S-D02", "supervisor")).contentType(ContentType.JSON)
                .body(Map.of("days", 1, "reason", "x")).post("/api/deadlines/clocks/" + statutory + "/extensions")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", supervisor).queryParam("subject", statutory).get("/api/deadlines/audit")
                .then().statusCode(200).body("action", contains("EXTENDED")).body("[0].actor", equalTo("S004"))
                .body("[0].before.extensionDays", equalTo(0)).body("[0].after.extensionDays", equalTo(5));
    }

    /** Proves FI-4 (docs/rules.md). */
    @Test
    void aTransferGetsAcknowledgeContactAndResolveClocks() throws Exception {
        String transfer = UUID.randomUUID().toString();
        ContactChanged e = new ContactChanged(UUID.randomUUID(), ContactChanged.TYPE, 2,
                OffsetDateTime.parse("2026-11-27T16:00:00+08:00"), "C-" + transfer, "TRANSFERRED", transfer,
                "CONSULTATION", "D01", "S001", "S002", "S003", 0, 1, 5);
        TestEvents.send(bootstrap, Topics.COMPLAINT_CONTACTS, e.aggregateId(), mapper.writeValueAsString(e));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> clocksOf("TRANSFER", transfer)
                .body("kind", org.hamcrest.Matchers.contains("ACKNOWLEDGE", "CONTACT", "RESOLVE"))
                .body("find { it.kind == 'ACKNOWLEDGE' }.dueAt", equalTo("2026-11-27T17:00:00+08:00"))
                .body("find { it.kind == 'CONTACT' }.dueDay", equalTo("2026-11-30"))
                .body("find { it.kind == 'RESOLVE' }.holder", equalTo("S002"))
                .body("find { it.kind == 'RESOLVE' }.actingFor", equalTo("S003")));
    }

    @Test
    void aCorrectedCalendarYearRetimesTheClocksThatDependOnIt() throws Exception {
        String admin = Tokens.bearer("A000", "admin");
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"year\":2029,\"days\":[{\"name\":\"元旦\",\"date\":\"2029-01-01\",\"isOffDay\":true}]}")
                .put("/api/deadlines/calendar/years/2029").then().statusCode(200);
        String caseId = UUID.randomUUID().toString();
        sendCase(caseId, 1, "ACCEPTED", "2029-01-08T10:00:00+08:00", "2029-01-08T10:00:00+08:00", null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> clocksOf("CASE", caseId)
                .body("find { it.kind == 'PROMISED' }.dueDay", equalTo("2029-01-15")));
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"year\":2029,\"days\":[{\"name\":\"元旦\",\"date\":\"2029-01-01\",\"isOffDay\":true},"
                        + "{\"name\":\"调整\",\"date\":\"2029-01-10\",\"isOffDay\":true}]}")
                .put("/api/deadlines/calendar/years/2029").then().statusCode(200);
        clocksOf("CASE", caseId).body("find { it.kind == 'PROMISED' }.dueDay", equalTo("2029-01-16"));
        DeadlineAlert retimed = alertsOf(caseId, 3).stream().filter(a -> a.alert().equals("RETIMED")
                && a.clockKind().equals("PROMISED")).findFirst().orElseThrow();
        assertThat(retimed.previousDueAt()).isEqualTo(OffsetDateTime.parse("2029-01-15T17:00:00+08:00"));
    }

    @Test
    void aClockIntoAnUnpublishedYearIsProvisionalAndPublishingTheYearRetimesItOnceAndClearsTheFlag()
            throws Exception {
        String admin = Tokens.bearer("A000", "admin");
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"year\":2032,\"days\":[{\"name\":\"元旦\",\"date\":\"2032-01-01\",\"isOffDay\":true}]}")
                .put("/api/deadlines/calendar/years/2032").then().statusCode(200);
        String caseId = UUID.randomUUID().toString();
        // promised 5 working days stay in published 2032; statutory 20 run into 2033, which nobody has published
        sendCase(caseId, 1, "ACCEPTED", "2032-12-15T10:00:00+08:00", "2032-12-15T10:00:00+08:00", null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> clocksOf("CASE", caseId).body("size()", equalTo(2)));
        clocksOf("CASE", caseId).body("find { it.kind == 'PROMISED' }.dueDay", equalTo("2032-12-22"))
                .body("find { it.kind == 'PROMISED' }.dueProvisional", equalTo(false))
                .body("find { it.kind == 'STATUTORY' }.dueDay", equalTo("2033-01-12"))
                .body("find { it.kind == 'STATUTORY' }.dueProvisional", equalTo(true));
        given().header("Authorization", supervisor).queryParam("provisional", true).get("/api/deadlines/clocks").then()
                .statusCode(200).body("findAll { it.subjectId == '" + caseId + "' }.kind", equalTo(List.of("STATUTORY")));
        DeadlineAlert scheduled = alertsOf(caseId, 2).stream().filter(a -> a.clockKind().equals("STATUTORY"))
                .findFirst().orElseThrow();
        assertThat(scheduled.alert()).isEqualTo("SCHEDULED");
        assertThat(scheduled.dueProvisional()).isTrue();

        // the 2033 notice makes Sunday 26 December 2032 a working day: one day earlier, and final
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"year\":2033,\"days\":[{\"name\":\"元旦\",\"date\":\"2032-12-26\",\"isOffDay\":false},"
                        + "{\"name\":\"元旦\",\"date\":\"2033-01-01\",\"isOffDay\":true}]}")
                .put("/api/deadlines/calendar/years/2033").then().statusCode(200);
        clocksOf("CASE", caseId).body("find { it.kind == 'STATUTORY' }.dueDay", equalTo("2033-01-11"))
                .body("find { it.kind == 'STATUTORY' }.dueProvisional", equalTo(false))
                .body("find { it.kind == 'PROMISED' }.dueDay", equalTo("2032-12-22"));
        List<DeadlineAlert> alerts = alertsOf(caseId, 3);
        List<DeadlineAlert> retimed = alerts.stream().filter(a -> a.alert().equals("RETIMED")).toList();
        assertThat(retimed).hasSize(1);
        assertThat(retimed.get(0).clockKind()).isEqualTo("STATUTORY");
        assertThat(retimed.get(0).previousDueAt()).isEqualTo(OffsetDateTime.parse("2033-01-12T17:00:00+08:00"));
        assertThat(retimed.get(0).dueAt()).isEqualTo(OffsetDateTime.parse("2033-01-11T17:00:00+08:00"));
        assertThat(retimed.get(0).dueProvisional()).isFalse();
        given().header("Authorization", supervisor).queryParam("provisional", true).get("/api/deadlines/clocks").then()
                .statusCode(200).body("subjectId", org.hamcrest.Matchers.not(hasItem(caseId)));
    }

    @Test
    void anAcceptanceWithoutALimitIsDecidedWithoutThrowingAndTheNextEventIsStillApplied() throws Exception {
        String caseId = UUID.randomUUID().toString();
        CaseChanged noLimits = new CaseChanged(UUID.randomUUID(), CaseChanged.TYPE, 1,
                OffsetDateTime.parse("2026-11-02T10:00:00+08:00"), caseId, "ACCEPTED", "HJ-2026-0002", "HJ-001", "D01",
                "P01", "S002", null, null, null, 20, 10, null, null);
        TestEvents.send(bootstrap, Topics.INTAKE_CASES, caseId, mapper.writeValueAsString(noLimits));
        String marker = UUID.randomUUID().toString();
        sendCase(marker, 1, "ACCEPTED", "2026-11-02T10:00:00+08:00", "2026-11-02T10:00:00+08:00", null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> clocksOf("CASE", marker).body("size()", equalTo(2)));
        // no promised limit and no acceptance time: the statutory clock starts at the event's time
        clocksOf("CASE", caseId).body("kind", org.hamcrest.Matchers.contains("STATUTORY"))
                .body("[0].dueDay", equalTo("2026-11-30"));
        assertThat(TestEvents.read(bootstrap, Topics.INTAKE_CASES + Topics.DEAD_LETTER_SUFFIX, Integer.MAX_VALUE,
                Duration.ofSeconds(2))).noneMatch(r -> caseId.equals(r.key()));
    }

    @Test
    void theTickReadsOnlyClocksWhoseCheckIsDueNotEveryOpenClock() {
        // fifty thousand open clocks whose next check lies far ahead, as a busy station would have
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into deadline_clock (id, "
                + "subject_type, subject_id, kind, start_at, start_day, working_days, due_day, due_at, level, state, "
                + "next_check_at) select gen_random_uuid(), 'CASE', 'bulk-' || g, 'PROMISED', now(), current_date, 20, "
                + "current_date + 30, now() + interval '30 days', 'ON_TRACK', 'RUNNING', now() + interval '30 days' "
                + "from generate_series(1, 50000) g").executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze deadline_clock").executeUpdate());
        @SuppressWarnings("unchecked")
        List<String> plan = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "explain select id from deadline_clock where next_check_at <= now() order by next_check_at limit 200 "
                        + "for update skip locked").getResultList());
        assertThat(String.join("\n", plan)).contains("deadline_clock_next_check").doesNotContain("Seq Scan");
        long started = System.nanoTime();
        clocks.tick();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    /** Clocks of subject {@code prefix}-n, provisional into {@code dueYear}: more than the yearly routines' page. */
    void provisionalClocks(String prefix, int count, int startYear, int dueYear) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into deadline_clock (id, "
                + "subject_type, subject_id, kind, start_at, start_day, working_days, due_day, due_at, level, state, "
                + "next_check_at, due_provisional, department) select gen_random_uuid(), 'CASE', ?1 || g, 'STATUTORY', "
                + "make_timestamptz(?2, 12, 10, 10, 0, 0, 'Asia/Shanghai'), make_date(?2, 12, 10), 20, "
                + "make_date(?3, 1, 9), make_timestamptz(?3, 1, 9, 17, 0, 0, 'Asia/Shanghai'), 'ON_TRACK', 'RUNNING', "
                + "now() + interval '30 days', true, 'D01' from generate_series(1, ?4) g")
                .setParameter(1, prefix + "-").setParameter(2, startYear).setParameter(3, dueYear)
                .setParameter(4, count).executeUpdate());
    }

    long stillProvisional(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from "
                + "deadline_clock where subject_id like ?1 and due_provisional").setParameter(1, prefix + "-%")
                .getSingleResult()).longValue());
    }

    void publish(int year) {
        given().header("Authorization", Tokens.bearer("A000", "admin")).contentType(ContentType.JSON)
                .body("{\"year\":" + year + ",\"days\":[{\"name\":\"元旦\",\"date\":\"" + year
                        + "-01-01\",\"isOffDay\":true}]}")
                .put("/api/deadlines/calendar/years/" + year).then().statusCode(200);
    }

    @Test
    void aLongListOfProvisionalClocksComesInPagesEarliestDueFirst() {
        publish(2038);
        provisionalClocks("list-2039", Limits.LISTED + 100, 2038, 2039);
        List<String> first = given().header("Authorization", supervisor).queryParam("provisional", true)
                .get("/api/deadlines/clocks").then().statusCode(200).extract().path("id");
        assertThat(first).hasSize(Limits.LISTED);
        List<String> pageOne = provisionalPage(0, 600);
        List<String> pageTwo = provisionalPage(600, 600);
        assertThat(pageOne).hasSize(600);
        assertThat(pageOne).doesNotContainAnyElementsOf(pageTwo);
        assertThat(java.util.stream.Stream.concat(pageOne.stream(), pageTwo.stream()).limit(Limits.LISTED).toList())
                .isEqualTo(first);
        List<String> due = given().header("Authorization", supervisor).queryParam("provisional", true)
                .get("/api/deadlines/clocks").then().extract().path("dueAt");
        assertThat(due).isSortedAccordingTo(java.util.Comparator.comparing(OffsetDateTime::parse));
        given().header("Authorization", supervisor).queryParam("provisional", true)
                .queryParam("limit", Limits.LISTED + 1).get("/api/deadlines/clocks").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", supervisor).queryParam("provisional", true).queryParam("offset", -1)
                .get("/api/deadlines/clocks").then().statusCode(400);
        publish(2039);
        assertThat(stillProvisional("list-2039")).isZero();
    }

    List<String> provisionalPage(int offset, int limit) {
        return given().header("Authorization", supervisor).queryParam("provisional", true)
                .queryParam("offset", offset).queryParam("limit", limit).get("/api/deadlines/clocks").then()
                .statusCode(200).extract().path("id");
    }

    @Test
    void publishingAYearRetimesEveryClockThatRunsIntoItPageByPage() {
        publish(2034);
        provisionalClocks("page-2035", ClockService.PAGE * 2 + 100, 2034, 2035);
        publish(2035);
        assertThat(stillProvisional("page-2035")).isZero();
    }

    @Test
    void theHourlyCheckSettlesProvisionalClocksOfPublishedYearsPageByPage() {
        publish(2036);
        publish(2037);
        // flagged provisional although both years are published: a re-timing a crash interrupted
        provisionalClocks("settle-2037", ClockService.PAGE * 2 + 100, 2036, 2037);
        clocks.settleProvisional();
        assertThat(stillProvisional("settle-2037")).isZero();
    }

    @Test
    void clocksAreNotPublic() {
        given().queryParam("level", "OVERDUE").get("/api/deadlines/clocks").then().statusCode(401);
        given().header("Authorization", clerk).get("/api/deadlines/clocks").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", clerk).get("/api/deadlines/clocks/" + UUID.randomUUID()).then().statusCode(404);
    }
}
