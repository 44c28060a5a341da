package org.windowsuite.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CalendarYearPublished;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.contracts.PostAlarm;
import org.windowsuite.contracts.Topics;
import org.windowsuite.roster.domain.CoverageService;
import org.windowsuite.roster.domain.HandoverService;
import org.windowsuite.testing.MutableClock;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "roster"))
class RosterApiTest {

    static final OffsetDateTime WEDNESDAY_10AM = OffsetDateTime.parse("2026-12-02T10:00:00+08:00");

    @Inject
    MutableClock clock;
    @Inject
    CoverageService coverage;
    @Inject
    HandoverService handovers;
    @Inject
    ObjectMapper mapper;
    @Inject
    org.windowsuite.common.calendar.CalendarStore calendar;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String admin = Tokens.bearer("A000", "admin");
    String supervisor = Tokens.bearer("SUP1", "supervisor");

    @BeforeEach
    void office() throws Exception {
        clock.set(WEDNESDAY_10AM);
        publishCalendar2026();
    }

    /** Calendar events as deadline-service publishes them: National Day 2026 and its Saturday make-up day. */
    void publishCalendar2026() throws Exception {
        List<CalendarYearPublished.Day> days = new java.util.ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(new CalendarYearPublished.Day(LocalDate.of(2026, 10, d), "国庆节", true));
        }
        days.add(new CalendarYearPublished.Day(LocalDate.of(2026, 10, 10), "国庆节", false));
        CalendarYearPublished event = new CalendarYearPublished(UUID.randomUUID(), CalendarYearPublished.TYPE, 1,
                OffsetDateTime.now(), "2026", 2026, days);
        TestEvents.send(bootstrap, Topics.CALENDAR_YEARS, "2026", mapper.writeValueAsString(event));
        // applied once 2026 answers from the notice, not from the holiday law
        await().atMost(Duration.ofSeconds(20)).until(() -> !calendar.fresh().isProvisional(LocalDate.of(2026, 10, 10)));
    }

    /** A department with an A and a B holder on a post rostered for December. */
    record Post(String id, String a, String b, String department) {
    }

    Post post() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String department = "D-" + suffix;
        Post p = new Post("P-" + suffix, "A-" + suffix, "B-" + suffix, department);
        staff(p.a(), department, 3);
        staff(p.b(), department, 2);
        // the test's supervisor is the supervisor of this post's department (their powers end at its border)
        staff("SUP-" + suffix, department, 5);
        supervisor = Tokens.bearer("SUP-" + suffix, "supervisor");
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("id", p.id(), "name", "户籍窗口", "department", department, "serviceItems", List.of("HJ-001")))
                .post("/api/roster/posts").then().statusCode(201);
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("from", "2026-12-01", "to", "2026-12-31", "a", p.a(), "b", p.b()))
                .put("/api/roster/posts/" + p.id() + "/roster").then().statusCode(200);
        return p;
    }

    void staff(String id, String department, int rank) {
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "王芳", "department", department, "rank", rank))
                .post("/api/roster/staff").then().statusCode(201);
    }

    String absence(String token, String staffId, String from, String to) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("staffId", staffId, "from", from, "to", to, "reason", "LEAVE"))
                .post("/api/roster/absences").then().statusCode(201).extract().path("id");
    }

    io.restassured.response.ValidatableResponse coverageOf(String postId) {
        return given().header("Authorization", Tokens.bearer("X", "clerk"))
                .get("/api/roster/posts/" + postId + "/coverage").then().statusCode(200);
    }

    @Test
    void aTokenMintedForAnotherAudienceIsRefused() {
        String elsewhere = io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).audience("another-client").upn("A000")
                .groups(java.util.Set.of("admin")).expiresIn(Duration.ofMinutes(5)).jws().sign();
        given().header("Authorization", "Bearer " + elsewhere).get("/api/roster/staff").then().statusCode(401);
        given().header("Authorization", admin).get("/api/roster/staff").then().statusCode(200);
    }

    @Test
    void onlyAnAdminCreatesStaffAndDuplicatesConflict() {
        String id = "S-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("id", id, "name", "李娜", "department", "D01", "rank", 2);
        given().header("Authorization", Tokens.bearer("S001", "clerk")).contentType(ContentType.JSON).body(body)
                .post("/api/roster/staff").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/roster/staff").then().statusCode(401);
        given().header("Authorization", admin).contentType(ContentType.JSON).body(body)
                .post("/api/roster/staff").then().statusCode(201).body("id", equalTo(id)).body("rank", equalTo(2));
        given().header("Authorization", admin).contentType(ContentType.JSON).body(body)
                .post("/api/roster/staff").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidInputIsABadRequestNamingTheFields() {
        given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of("id", "S-x", "rank", 0))
                .post("/api/roster/staff").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("rank"));
        given().header("Authorization", admin).contentType(ContentType.JSON).body("{not json")
                .post("/api/roster/staff").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theRosterCoversWorkingDaysByTheCalendarIncludingMakeUpDays() {
        Post p = post();
        given().header("Authorization", supervisor).contentType(ContentType.JSON)
                .body(Map.of("from", "2026-10-08", "to", "2026-10-12", "a", p.a(), "b", p.b()))
                .put("/api/roster/posts/" + p.id() + "/roster").then().statusCode(200)
                .body("days.date", contains("2026-10-08", "2026-10-09", "2026-10-10", "2026-10-12"));
    }

    @Test
    void aEqualsBIsRejectedNamingTheRule() {
        Post p = post();
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("from", "2026-12-01", "to", "2026-12-05", "a", p.a(), "b", p.a()))
                .put("/api/roster/posts/" + p.id() + "/roster").then().statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("AB-3"));
    }

    @Test
    void aHolderFromAnotherDepartmentNeedsAnExplicitOverride() {
        Post p = post();
        String outsider = "O-" + UUID.randomUUID().toString().substring(0, 8);
        staff(outsider, "D-other", 4);
        Map<String, Object> body = Map.of("from", "2026-12-07", "to", "2026-12-07", "a", p.a(), "b", outsider);
        given().header("Authorization", admin).contentType(ContentType.JSON).body(body)
                .put("/api/roster/posts/" + p.id() + "/roster").then().statusCode(422);
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("a", p.a(), "b", outsider, "otherDepartment", true))
                .put("/api/roster/posts/" + p.id() + "/roster/2026-12-07").then().statusCode(200)
                .body("days[0].b", equalTo(outsider));
    }

    @Test
    void unknownStaffOrPostIsNotFound() {
        Post p = post();
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("from", "2026-12-01", "to", "2026-12-05", "a", p.a(), "b", "NOBODY"))
                .put("/api/roster/posts/" + p.id() + "/roster").then().statusCode(404);
        given().header("Authorization", admin).get("/api/roster/posts/NOPOST/coverage").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aStaleRosterEditIsAConflictNotALostUpdate() {
        Post p = post();
        int version = given().header("Authorization", admin).get("/api/roster/posts/" + p.id())
                .then().extract().path("version");
        Map<String, Object> body = Map.of("from", "2026-12-01", "to", "2026-12-02", "a", p.b(), "b", p.a());
        given().header("Authorization", admin).header("If-Match", String.valueOf(version)).contentType(ContentType.JSON)
                .body(body).put("/api/roster/posts/" + p.id() + "/roster").then().statusCode(200);
        given().header("Authorization", admin).header("If-Match", String.valueOf(version)).contentType(ContentType.JSON)
                .body(body).put("/api/roster/posts/" + p.id() + "/roster").then().statusCode(409);
    }

    @Test
    void absentAHolderHandsThePostToBUntilABack() throws Exception {
        Post p = post();
        coverageOf(p.id()).body("state", equalTo("NORMAL")).body("holder", equalTo(p.a())).body("role", equalTo("A"));

        String id = absence(Tokens.bearer(p.a(), "clerk"), p.a(), "2026-12-02T09:00:00+08:00",
                "2026-12-02T17:00:00+08:00");
        coverageOf(p.id()).body("state", equalTo("COVERED")).body("holder", equalTo(p.b()))
                .body("role", equalTo("B")).body("actingFor", equalTo(p.a()));

        clock.set(WEDNESDAY_10AM.plusMinutes(30));
        given().header("Authorization", Tokens.bearer(p.a(), "clerk")).post("/api/roster/absences/" + id + "/end")
                .then().statusCode(200).body("state", equalTo("ENDED"));
        coverageOf(p.id()).body("state", equalTo("NORMAL")).body("holder", equalTo(p.a()));

        // the history answers who held the post at any past instant (AB-5 attribution)
        given().header("Authorization", supervisor).queryParam("at", "2026-12-02T10:15:00+08:00")
                .get("/api/roster/posts/" + p.id() + "/coverage").then().body("holder", equalTo(p.b()));

        List<CoverageChanged> events = coverageEvents(p.id(), 4);
        assertThat(events).extracting(CoverageChanged::state)
                .containsExactly("UNSTAFFED", "NORMAL", "COVERED", "NORMAL");
        assertThat(events).extracting(CoverageChanged::version).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events).extracting(CoverageChanged::cause)
                .containsExactly("POST_CREATED", "ROSTER_CHANGED", "ABSENCE_REGISTERED", "ABSENCE_ENDED");
        assertThat(events.get(2).actingFor()).isEqualTo(p.a());
        assertThat(events.get(2).until()).isEqualTo(OffsetDateTime.parse("2026-12-02T17:00:00+08:00"));
        // the whereabouts boards learn the reason category, never the private note (SC-2.6)
        assertThat(events).extracting(CoverageChanged::awayReason).containsExactly(null, null, "LEAVE", null);
    }

    List<CoverageChanged> coverageEvents(String postId, int expected) throws Exception {
        List<CoverageChanged> events = new java.util.ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            events.clear();
            for (ConsumerRecord<String, String> r : TestEvents.read(bootstrap, Topics.ROSTER_COVERAGE, Integer.MAX_VALUE,
                    Duration.ofSeconds(2))) {
                if (postId.equals(r.key())) {
                    events.add(mapper.readValue(r.value(), CoverageChanged.class));
                }
            }
            return events.size() >= expected;
        });
        return events;
    }

    @Test
    void aPlannedAbsenceStartsCoverageWhenTheClockReachesIt() {
        Post p = post();
        absence(Tokens.bearer(p.a(), "clerk"), p.a(), "2026-12-02T14:00:00+08:00", "2026-12-02T16:00:00+08:00");
        coverageOf(p.id()).body("state", equalTo("NORMAL")).body("until", equalTo("2026-12-02T14:00:00+08:00"));
        // the planned change is announced too, so projections know until when A holds the post
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<CoverageChanged> events = coverageEvents(p.id(), 1);
            CoverageChanged last = events.get(events.size() - 1);
            return "PLAN_CHANGED".equals(last.cause())
                    && OffsetDateTime.parse("2026-12-02T14:00:00+08:00").isEqual(last.until());
        });
        clock.set(OffsetDateTime.parse("2026-12-02T14:00:00+08:00"));
        coverage.refreshAll();
        coverageOf(p.id()).body("state", equalTo("COVERED"));
        clock.set(OffsetDateTime.parse("2026-12-02T16:00:00+08:00"));
        coverage.refreshAll();
        coverageOf(p.id()).body("state", equalTo("NORMAL"));
    }

    /** Proves WP-5 (docs/rules.md). */
    @Test
    void aClerkRegistersOnlyTheirOwnAbsenceAndASupervisorAnyones() {
        Post p = post();
        given().header("Authorization", Tokens.bearer(p.b(), "clerk")).contentType(ContentType.JSON)
                .body(Map.of("staffId", p.a(), "from", "2026-12-03T09:00:00+08:00", "to", "2026-12-03T12:00:00+08:00",
                        "reason", "MEETING"))
                .post("/api/roster/absences").then().statusCode(403);
        absence(supervisor, p.a(), "2026-12-03T09:00:00+08:00", "2026-12-03T12:00:00+08:00");
    }

    @Test
    void badAbsencesAreRejectedClearly() {
        Post p = post();
        String clerk = Tokens.bearer(p.a(), "clerk");
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("staffId", p.a(), "from", "2026-12-03T12:00:00+08:00", "to", "2026-12-03T09:00:00+08:00",
                        "reason", "LEAVE"))
                .post("/api/roster/absences").then().statusCode(422).body("rule", equalTo("ABSENCE-RANGE"));
        absence(clerk, p.a(), "2026-12-03T09:00:00+08:00", "2026-12-03T12:00:00+08:00");
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("staffId", p.a(), "from", "2026-12-03T11:00:00+08:00", "to", "2026-12-03T15:00:00+08:00",
                        "reason", "LEAVE"))
                .post("/api/roster/absences").then().statusCode(409);
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body(Map.of("staffId", p.a(), "from", "2026-12-04T09:00:00+08:00", "to", "2026-12-04T12:00:00+08:00",
                        "reason", "HOLIDAYING"))
                .post("/api/roster/absences").then().statusCode(400);
    }

    /** Proves AB-3 (docs/rules.md). */
    @Test
    void aAndBBothAwayEmptyThePostRaiseAnAlarmAndAStandInCoversIt() throws Exception {
        Post p = post();
        absence(supervisor, p.a(), "2026-12-02T09:00:00+08:00", "2026-12-02T17:00:00+08:00");
        absence(supervisor, p.b(), "2026-12-02T09:30:00+08:00", "2026-12-02T12:00:00+08:00");
        coverageOf(p.id()).body("state", equalTo("EMPTY")).body("role", equalTo("NONE"));

        await().atMost(Duration.ofSeconds(20)).until(() -> TestEvents.read(bootstrap, Topics.ROSTER_ALARMS,
                Integer.MAX_VALUE, Duration.ofSeconds(2)).stream().filter(r -> p.id().equals(r.key()))
                .map(r -> read(r.value())).anyMatch(a -> a.kind().equals("EMPTY_POST")));

        String standIn = "T-" + UUID.randomUUID().toString().substring(0, 8);
        staff(standIn, p.department(), 4);
        given().header("Authorization", Tokens.bearer(p.a(), "clerk")).contentType(ContentType.JSON)
                .body(Map.of("staffId", standIn)).post("/api/roster/posts/" + p.id() + "/coverage/stand-in")
                .then().statusCode(403);
        given().header("Authorization", supervisor).contentType(ContentType.JSON)
                .body(Map.of("staffId", standIn)).post("/api/roster/posts/" + p.id() + "/coverage/stand-in")
                .then().statusCode(200).body("state", equalTo("STAND_IN"));
        coverageOf(p.id()).body("holder", equalTo(standIn)).body("actingFor", equalTo(p.a()));
        given().header("Authorization", supervisor).queryParam("open", false).get("/api/roster/alarms").then()
                .body("find { it.postId == '" + p.id() + "' && it.kind == 'EMPTY_POST' }.resolvedAt", notNullValue());
        given().header("Authorization", supervisor).get("/api/roster/alarms").then()
                .body("findAll { it.postId == '" + p.id() + "' }", hasSize(0));
    }

    /** Proves AB-4 (docs/rules.md). */
    @Test
    void aPlannedAbsenceOwesAHandoverToBByThePreviousWorkingDay() {
        Post p = post();
        String id = absence(Tokens.bearer(p.a(), "clerk"), p.a(), "2026-12-07T09:00:00+08:00",
                "2026-12-07T17:00:00+08:00");
        given().header("Authorization", supervisor).get("/api/roster/absences/" + id + "/handover").then()
                .statusCode(200).body("[0].postId", equalTo(p.id())).body("[0].bHolder", equalTo(p.b()))
                .body("[0].dueBy", equalTo("2026-12-04T17:00:00+08:00")).body("[0].adHoc", equalTo(false));
        given().header("Authorization", Tokens.bearer(p.b(), "clerk")).contentType(ContentType.JSON)
                .body(Map.of("note", "x")).post("/api/roster/absences/" + id + "/handover").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(p.a(), "clerk")).contentType(ContentType.JSON)
                .body(Map.of("note", "三件待办", "pendingWork", "HJ-2026-0012 awaits the police check"))
                .post("/api/roster/absences/" + id + "/handover").then().statusCode(200)
                .body("[0].flagged", nullValue()).body("[0].pendingWork", equalTo("HJ-2026-0012 awaits the police check"));
        given().header("Authorization", Tokens.bearer("SOMEONE", "clerk"))
                .post("/api/roster/absences/" + id + "/handover/acknowledge").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(p.b(), "clerk"))
                .post("/api/roster/absences/" + id + "/handover/acknowledge").then().statusCode(200)
                .body("[0].acknowledgedBy", equalTo(p.b()));
    }

    /** Proves AB-4 (docs/rules.md). */
    @Test
    void aMissingHandoverIsFlaggedButBCoversFromTheFirstMinuteAnyway() {
        Post p = post();
        String id = absence(Tokens.bearer(p.a(), "clerk"), p.a(), "2026-12-07T09:00:00+08:00",
                "2026-12-07T17:00:00+08:00");
        clock.set(OffsetDateTime.parse("2026-12-04T16:59:00+08:00"));
        handovers.flagMissing();
        given().header("Authorization", supervisor).get("/api/roster/absences/" + id + "/handover").then()
                .body("[0].flagged", nullValue());
        clock.set(OffsetDateTime.parse("2026-12-04T17:01:00+08:00"));
        handovers.flagMissing();
        given().header("Authorization", supervisor).get("/api/roster/absences/" + id + "/handover").then()
                .body("[0].flagged", equalTo("MISSING"));
        given().header("Authorization", supervisor).get("/api/roster/alarms").then().statusCode(200)
                .body("findAll { it.postId == '" + p.id() + "' }.kind", contains("MISSING_HANDOVER"));

        clock.set(OffsetDateTime.parse("2026-12-07T09:00:00+08:00"));
        coverage.refreshAll();
        coverageOf(p.id()).body("state", equalTo("COVERED")).body("holder", equalTo(p.b()));
        // handing over late afterwards does not erase that it was missing
        given().header("Authorization", Tokens.bearer(p.a(), "clerk")).contentType(ContentType.JSON)
                .body(Map.of("note", "sorry")).post("/api/roster/absences/" + id + "/handover").then()
                .statusCode(200).body("[0].flagged", equalTo("MISSING"));
    }

    @Test
    void aHandoverAfterItsDueTimeIsFlaggedLate() {
        Post p = post();
        String id = absence(Tokens.bearer(p.a(), "clerk"), p.a(), "2026-12-07T09:00:00+08:00",
                "2026-12-07T12:00:00+08:00");
        clock.set(OffsetDateTime.parse("2026-12-04T18:00:00+08:00"));
        given().header("Authorization", Tokens.bearer(p.a(), "clerk")).contentType(ContentType.JSON)
                .body(Map.of("note", "late")).post("/api/roster/absences/" + id + "/handover").then()
                .statusCode(200).body("[0].flagged", equalTo("LATE"));
        given().header("Authorization", supervisor).get("/api/roster/alarms").then()
                .body("findAll { it.postId == '" + p.id() + "' }.kind", contains("LATE_HANDOVER"));
    }

    @Test
    void anAdHocAbsenceOwesNoHandoverThatCouldBeMissed() {
        Post p = post();
        String id = absence(Tokens.bearer(p.a(), "clerk"), p.a(), "2026-12-02T10:00:00+08:00",
                "2026-12-02T15:00:00+08:00");
        handovers.flagMissing();
        given().header("Authorization", supervisor).get("/api/roster/absences/" + id + "/handover").then()
                .body("[0].adHoc", equalTo(true)).body("[0].flagged", nullValue());
    }

    PostAlarm read(String json) {
        try {
            return mapper.readValue(json, PostAlarm.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void gapsShowWorkingDaysWithoutAnAOrB() {
        Post p = post();
        given().header("Authorization", supervisor).queryParam("from", "2026-11-30").queryParam("to", "2026-12-01")
                .get("/api/roster/gaps").then().statusCode(200)
                .body("findAll { it.postId == '" + p.id() + "' }.day", contains("2026-11-30"))
                .body("findAll { it.postId == '" + p.id() + "' }.problem", contains("NO_A_HOLDER"));
        given().header("Authorization", Tokens.bearer("S001", "clerk")).queryParam("from", "2026-11-30")
                .queryParam("to", "2026-12-01").get("/api/roster/gaps").then().statusCode(403);
    }

    /** Proves WP-5 and SC-2.6 (docs/rules.md). */
    @Test
    void theWhereaboutsBoardIsPublicAndShowsOnlyTheReasonCategory() {
        Post p = post();
        given().header("Authorization", supervisor).contentType(ContentType.JSON)
                .body(Map.of("staffId", p.a(), "from", "2026-12-02T09:00:00+08:00", "to", "2026-12-02T12:00:00+08:00",
                        "reason", "SICK", "note", "private medical detail"))
                .post("/api/roster/absences").then().statusCode(201);
        given().queryParam("date", "2026-12-02").get("/api/roster/whereabouts").then().statusCode(200)
                .body("find { it.staffId == '" + p.a() + "' }.away[0].reason", equalTo("SICK"))
                .body("find { it.staffId == '" + p.a() + "' }.posts", contains(p.id() + ":A"))
                .body("find { it.staffId == '" + p.a() + "' }.away[0].until", equalTo("2026-12-02T12:00:00+08:00"))
                .body(not(org.hamcrest.Matchers.containsString("private medical detail")));
        String id = given().header("Authorization", supervisor).queryParam("staffId", p.a())
                .get("/api/roster/absences").then().body("[0].note", equalTo("private medical detail"))
                .extract().path("[0].id");
        given().header("Authorization", Tokens.bearer(p.b(), "clerk")).get("/api/roster/absences/" + id).then()
                .statusCode(200).body("reason", equalTo("SICK")).body("note", nullValue());
    }

    @Test
    void aRangeIntoAProvisionalYearIsAcceptedAndReDerivedWhenTheYearIsPublished() throws Exception {
        Post p = post();
        // AB-1: 2027 has no published schedule; its working days come from the holiday law (1 January off)
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("from", "2026-12-21", "to", "2027-01-15", "a", p.a(), "b", p.b()))
                .put("/api/roster/posts/" + p.id() + "/roster").then().statusCode(200)
                .body("days.date", hasItem("2027-01-04")).body("days.date", not(hasItem("2027-01-01")))
                .body("days.date", not(hasItem("2026-12-27"))).body("days.size()", equalTo(19));
        // a single day set on its own survives any re-derivation
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("a", p.b(), "b", p.a())).put("/api/roster/posts/" + p.id() + "/roster/2027-01-02")
                .then().statusCode(200);

        // the 2027 notice: Sunday 27 December works for New Year, which runs 1–4 January
        List<CalendarYearPublished.Day> days = List.of(
                new CalendarYearPublished.Day(LocalDate.of(2026, 12, 27), "元旦", false),
                new CalendarYearPublished.Day(LocalDate.of(2027, 1, 1), "元旦", true),
                new CalendarYearPublished.Day(LocalDate.of(2027, 1, 2), "元旦", true),
                new CalendarYearPublished.Day(LocalDate.of(2027, 1, 3), "元旦", true),
                new CalendarYearPublished.Day(LocalDate.of(2027, 1, 4), "元旦", true));
        TestEvents.send(bootstrap, Topics.CALENDAR_YEARS, "2027", mapper.writeValueAsString(new CalendarYearPublished(
                UUID.randomUUID(), CalendarYearPublished.TYPE, 1, OffsetDateTime.now(), "2027", 2027, days)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", admin)
                .queryParam("from", "2026-12-21").queryParam("to", "2027-01-15")
                .get("/api/roster/posts/" + p.id() + "/roster").then().statusCode(200)
                .body("days.date", hasItem("2026-12-27")).body("days.date", not(hasItem("2027-01-04")))
                .body("days.find { it.date == '2026-12-27' }.a", equalTo(p.a()))
                .body("days.find { it.date == '2027-01-02' }.a", equalTo(p.b())));
        given().header("Authorization", supervisor).queryParam("from", "2026-12-21").queryParam("to", "2027-01-15")
                .get("/api/roster/gaps").then().statusCode(200).body("postId", not(hasItem(p.id())));
    }

    @Test
    void aRangeOutsideTheCalendarIsRefusedClearly() {
        Post p = post();
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("from", "2099-12-20", "to", "2100-01-08", "a", p.a(), "b", p.b()))
                .put("/api/roster/posts/" + p.id() + "/roster").then().statusCode(422).body("rule", equalTo("CALENDAR"))
                .contentType("application/problem+json");
        given().header("Authorization", admin).get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().header("Authorization", admin).get("/api/roster/posts").then().body("id", hasItem(p.id()))
                .body("$", not(hasSize(0)));
    }
}
