package org.windowsuite.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.windowsuite.testing.HostileCorpus;
import org.windowsuite.testing.HostileCorpus.Endpoint;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.Tokens;

/** No input breaks roster-service: a generated hostile corpus gets 4xx problems only and writes nothing. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "roster"))
class HostileInputTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    AgroalDataSource dataSource;

    String admin = Tokens.bearer("A000", "admin");

    @Test
    void aHostileCorpusIsRefusedWithProblemsAndChangesNothing() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String a = "HA" + s;
        String b = "HB" + s;
        String post = "HP" + s;
        for (String staff : List.of(a, b)) {
            given().header("Authorization", admin).contentType(ContentType.JSON)
                    .body(Map.of("id", staff, "name", "王芳", "department", "DH", "rank", 3))
                    .post("/api/roster/staff").then().statusCode(201);
        }
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("id", post, "name", "窗口", "department", "DH", "serviceItems", List.of("HJ-001")))
                .post("/api/roster/posts").then().statusCode(201);
        String absence = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("staffId", a, "from", "2026-12-01T09:00:00+08:00", "to", "2026-12-01T17:00:00+08:00",
                        "reason", "LEAVE")).post("/api/roster/absences").then().statusCode(201).extract().path("id");

        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/roster/staff",
                        "{\"id\":\"HN" + s + "\",\"name\":\"李娜\",\"department\":\"DH\",\"rank\":2}"),
                new Endpoint("PUT", "/api/roster/staff/{" + a + "}",
                        "{\"name\":\"王芳\",\"department\":\"DH\",\"rank\":3,\"active\":true}"),
                new Endpoint("POST", "/api/roster/posts", "{\"id\":\"HQ" + s + "\",\"name\":\"窗口\","
                        + "\"department\":\"DH\",\"serviceItems\":[\"HJ-001\"]}"),
                new Endpoint("PUT", "/api/roster/posts/{" + post + "}/roster",
                        "{\"from\":\"2026-12-07\",\"to\":\"2026-12-11\",\"a\":\"" + a + "\",\"b\":\"" + b + "\"}"),
                new Endpoint("PUT", "/api/roster/posts/{" + post + "}/roster/{2026-12-12}",
                        "{\"a\":\"" + a + "\",\"b\":\"" + b + "\",\"otherDepartment\":false}"),
                new Endpoint("POST", "/api/roster/absences", "{\"staffId\":\"" + b + "\",\"from\":"
                        + "\"2026-12-02T09:00:00+08:00\",\"to\":\"2026-12-02T17:00:00+08:00\",\"reason\":\"LEAVE\","
                        + "\"note\":\"体检\"}"),
                new Endpoint("POST", "/api/roster/absences/{" + absence + "}/handover",
                        "{\"note\":\"已交接\",\"pendingWork\":\"两件待办\"}"),
                new Endpoint("POST", "/api/roster/posts/{" + post + "}/coverage/stand-in",
                        "{\"staffId\":\"" + b + "\",\"until\":\"2026-12-01T17:00:00+08:00\"}"),
                new Endpoint("GET", "/api/roster/staff/{" + a + "}", null),
                new Endpoint("GET", "/api/roster/posts/{" + post + "}/coverage", null),
                new Endpoint("POST", "/api/roster/absences/{" + absence + "}/cancel", null));
        List<HostileCorpus.Request> corpus = new ArrayList<>(HostileCorpus.of(endpoints));
        for (String date : List.of("-999999999-01-01", "2026-13-01", "1800-01-01", "%0d%0a")) {
            corpus.add(new HostileCorpus.Request("date " + date, "GET", "/api/roster/whereabouts?date=" + date, null,
                    null));
            corpus.add(new HostileCorpus.Request("from " + date, "GET", "/api/roster/gaps?from=" + date
                    + "&to=2026-12-31", null, null));
            corpus.add(new HostileCorpus.Request("at " + date, "GET", "/api/roster/posts/" + post + "/coverage?at="
                    + date, null, null));
        }

        HostileCorpus.Verdict verdict = HostileCorpus.check("roster-service", base.toString(), dataSource,
                Map.of(admin, corpus));
        assertThat(verdict.outcomes()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(verdict.wrong()).as("answers other than a 4xx problem").isEmpty();
        assertThat(verdict.after()).as("nothing written by any refused request").isEqualTo(verdict.before());
    }
}
