package org.windowsuite.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.contracts.StaffChanged;
import org.windowsuite.outbox.staff.StaffDepartments;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

/** A service item handled by a post whose coverage arrives from roster-service's topic, as in production. */
final class IntakeTestSupport {

    private final ObjectMapper mapper;
    private final String bootstrap;
    final String code;
    final String post;
    final String a;
    final String b;
    private String department = "D01";
    private long coverageVersion;

    IntakeTestSupport(ObjectMapper mapper, String bootstrap) {
        this.mapper = mapper;
        this.bootstrap = bootstrap;
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        this.code = "HJ-" + suffix;
        this.post = "P-" + suffix;
        this.a = "A-" + suffix;
        this.b = "B-" + suffix;
    }

    /** The post and its item belong to {@code department} (D01 unless said). */
    IntakeTestSupport inDepartment(String department) {
        this.department = department;
        return this;
    }

    /** roster-service announces a member of staff and their department; returns once intake knows it. */
    void staff(StaffDepartments departments, String staffId, String department) throws Exception {
        StaffChanged e = new StaffChanged(UUID.randomUUID(), StaffChanged.TYPE, System.nanoTime(),
                OffsetDateTime.now(), staffId, staffId, staffId, department, 1, true);
        TestEvents.send(bootstrap, Topics.ROSTER_STAFF, staffId, mapper.writeValueAsString(e));
        await().atMost(Duration.ofSeconds(20)).until(() -> department.equals(
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> departments.departmentOf(staffId))));
    }

    static String admin() {
        return Tokens.bearer("A000", "admin");
    }

    static Map<String, Object> material(String code, String name, boolean required) {
        return Map.of("code", code, "name", name, "required", required);
    }

    IntakeTestSupport createItem() {
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(Map.of(
                "code", code, "name", "户口迁入", "department", department, "promisedDays", 5, "statutoryDays", 20,
                "maxExtensionDays", 10, "basis", "《户口登记条例》第十条",
                "procedure", List.of("窗口受理", "审核", "办结"),
                "refusalGrounds", List.of(Map.of("code", "R1", "ground", "不符合迁入条件", "basis", "《户口登记条例》第十条")),
                "materials", List.of(material("M1", "居民身份证", true), material("M2", "户口簿", true),
                        material("M3", "房产证明", true),
                        Map.of("code", "M4", "name", "结婚证", "required", false, "condition", "已婚者提交",
                                "conditionAttribute", "married", "conditionValue", "true"))))
                .post("/api/intake/service-items").then().statusCode(201);
        return this;
    }

    /** roster-service announces who holds the post. */
    void coverage(String state, String holder, String role, String actingFor) throws Exception {
        coverage(state, holder, role, actingFor, null);
    }

    /** ... until a planned end (an absence's end: B's cover ends then). */
    void coverage(String state, String holder, String role, String actingFor, OffsetDateTime until) throws Exception {
        announce(state, holder, role, actingFor, until);
        awaitCoverageVersion();
    }

    /** roster-service announces who holds the post; nothing waits for intake to apply it. */
    void announce(String state, String holder, String role, String actingFor, OffsetDateTime until) throws Exception {
        coverageVersion++;
        CoverageChanged e = new CoverageChanged(UUID.randomUUID(), CoverageChanged.TYPE, coverageVersion,
                OffsetDateTime.now(), post, post, department, List.of(code), state, holder, role, actingFor, "TEST",
                OffsetDateTime.now(), until, actingFor == null ? null : "MEETING");
        TestEvents.send(bootstrap, Topics.ROSTER_COVERAGE, post, mapper.writeValueAsString(e));
    }

    /** Until intake's projection holds the last announcement. */
    void awaitCoverageVersion() {
        long expected = coverageVersion;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", admin())
                .get("/api/intake/posts/" + post + "/coverage").then().statusCode(200)
                .body("version", equalTo((int) expected)));
    }

    Map<String, Object> application(List<Map<String, Object>> materials) {
        return Map.of("serviceItemCode", code, "channel", "WINDOW", "materials", materials, "applicant",
                Map.of("type", "PERSON", "idNumber", "110101199001011234", "name", "张三", "phone", "13800000000"));
    }

    static Map<String, Object> present(String code) {
        return Map.of("code", code, "status", "PRESENT");
    }

    static Map<String, Object> defective(String code, String reason) {
        return Map.of("code", code, "status", "DEFECTIVE", "reason", reason);
    }

    static Map<String, Object> missing(String code) {
        return Map.of("code", code, "status", "MISSING");
    }
}
