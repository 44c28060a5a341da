package org.windowsuite.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.contracts.CaseChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.testing.HostileCorpus;
import org.windowsuite.testing.HostileCorpus.Endpoint;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

/** No input breaks deadline-service: a generated hostile corpus gets 4xx problems only and writes nothing. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "deadline"))
class HostileInputTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String admin = Tokens.bearer("A000", "admin");

    @Test
    void aHostileCorpusIsRefusedWithProblemsAndChangesNothing() throws Exception {
        String caseId = UUID.randomUUID().toString();
        CaseChanged accepted = new CaseChanged(UUID.randomUUID(), CaseChanged.TYPE, 1,
                OffsetDateTime.parse("2026-11-02T10:00:00+08:00"), caseId, "ACCEPTED", "HJ-2026-0009", "HJ-001", "D01",
                "P01", "S002", null, OffsetDateTime.parse("2026-11-02T10:00:00+08:00"), 5, 20, 10, null, null);
        TestEvents.send(bootstrap, Topics.INTAKE_CASES, caseId, mapper.writeValueAsString(accepted));
        String clock = await().atMost(Duration.ofSeconds(20)).until(() -> given().header("Authorization", admin)
                .queryParam("subjectType", "CASE").queryParam("subjectId", caseId).get("/api/deadlines/clocks").then()
                .extract().<String>path("find { it.kind == 'STATUTORY' }.id"), java.util.Objects::nonNull);
        String promised = given().header("Authorization", admin).queryParam("subjectType", "CASE")
                .queryParam("subjectId", caseId).get("/api/deadlines/clocks").then()
                .extract().path("find { it.kind == 'PROMISED' }.id");

        List<HostileCorpus.Request> corpus = new ArrayList<>(HostileCorpus.of(List.of(
                new Endpoint("PUT", "/api/deadlines/calendar/years/2031", "{\"year\":2031,\"papers\":[\"国办发明电〔2030〕7号\"],"
                        + "\"days\":[{\"name\":\"元旦\",\"date\":\"2031-01-01\",\"isOffDay\":true},"
                        + "{\"name\":\"春节\",\"date\":\"2031-01-26\",\"isOffDay\":false}]}"),
                new Endpoint("POST", "/api/deadlines/clocks/{" + clock + "}/extensions",
                        "{\"days\":3,\"reason\":\"申请人申请现场核查\"}"),
                new Endpoint("GET", "/api/deadlines/clocks/{" + clock + "}", null),
                new Endpoint("PUT", "/api/deadlines/calendar/years/2032", "{\"year\":2032,\"papers\":[\"国办发\","
                        + "\"附件\"],\"days\":[{\"name\":\"元旦\",\"date\":\"2031-12-31\",\"isOffDay\":true},"
                        + "{\"name\":\"元旦\",\"date\":\"2032-01-01\",\"isOffDay\":true},"
                        + "{\"name\":\"春节\",\"date\":\"2032-02-14\",\"isOffDay\":false}]}"),
                new Endpoint("POST", "/api/deadlines/clocks/{" + promised + "}/extensions",
                        "{\"days\":2,\"reason\":\"补充调查\"}"),
                new Endpoint("GET", "/api/deadlines/clocks/{" + promised + "}", null),
                new Endpoint("GET", "/api/deadlines/clocks?subjectType=CASE&subjectId=" + caseId, null),
                new Endpoint("GET", "/api/deadlines/clocks?level=OVERDUE&department=D01", null),
                new Endpoint("GET", "/api/deadlines/calendar/days/{2026-12-01}", null),
                new Endpoint("GET", "/api/deadlines/calendar/add?from=2026-12-01&workingDays=5", null),
                new Endpoint("GET", "/api/deadlines/calendar/between?from=2026-12-01&to=2026-12-31", null))));
        corpus.add(new HostileCorpus.Request("year 2147483647", "PUT", "/api/deadlines/calendar/years/2147483647",
                "application/json", "{\"year\":2147483647,\"days\":[]}"));
        corpus.add(new HostileCorpus.Request("name of 51", "PUT", "/api/deadlines/calendar/years/2031",
                "application/json", "{\"year\":2031,\"days\":[{\"name\":\"" + "节".repeat(51)
                        + "\",\"date\":\"2031-01-01\",\"isOffDay\":true}]}"));
        corpus.add(new HostileCorpus.Request("statutory extension beyond the legal maximum", "POST",
                "/api/deadlines/clocks/" + clock + "/extensions", "application/json", "{\"days\":11,\"reason\":\"x\"}"));
        for (String date : List.of("-999999999-01-01", "2026-02-30", "1800-01-01", "2100-01-01", "x%00")) {
            corpus.add(new HostileCorpus.Request("day " + date, "GET", "/api/deadlines/calendar/days/" + date, null,
                    null));
            corpus.add(new HostileCorpus.Request("add from " + date, "GET", "/api/deadlines/calendar/add?from=" + date
                    + "&workingDays=5", null, null));
            corpus.add(new HostileCorpus.Request("between " + date, "GET", "/api/deadlines/calendar/between?from="
                    + date + "&to=2026-12-01", null, null));
        }
        for (String n : List.of("-1", "2.9", "x", "99999999999", "2000000000")) {
            corpus.add(new HostileCorpus.Request("workingDays " + n, "GET", "/api/deadlines/calendar/add?from="
                    + "2026-12-01&workingDays=" + n, null, null));
        }

        HostileCorpus.Verdict verdict = HostileCorpus.check("deadline-service", base.toString(), dataSource,
                Map.of(admin, corpus));
        assertThat(verdict.outcomes()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(verdict.wrong()).as("answers other than a 4xx problem").isEmpty();
        assertThat(verdict.after()).as("nothing written by any refused request").isEqualTo(verdict.before());
        given().get("/api/deadlines/calendar/days/2031-01-01").then().statusCode(200)
                .body("provisional", equalTo(true));
    }
}
