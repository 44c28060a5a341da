package org.windowsuite.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.windowsuite.contracts.Topics;
import org.windowsuite.contracts.ViolationCandidate;
import org.windowsuite.testing.HostileCorpus;
import org.windowsuite.testing.HostileCorpus.Endpoint;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.TestEvents;
import org.windowsuite.testing.Tokens;

/** No input breaks complaint-service: a generated hostile corpus gets 4xx problems only and writes nothing. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "complaint"))
class HostileInputTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String officer = Tokens.bearer("C009", "complaint-officer");

    @Test
    void aHostileCorpusIsRefusedWithProblemsAndChangesNothing() throws Exception {
        String clerk = ComplaintFixtures.staff(mapper, bootstrap, "HX01", "DX1", 2);
        String chief = ComplaintFixtures.staff(mapper, bootstrap, "HX02", "DX1", 5);
        String id = ComplaintFixtures.register(officer, ComplaintFixtures.contact("COMPLAINT", clerk, List.of(),
                "窗口推诿")).statusCode(201).extract().path("id");
        ViolationCandidate candidate = new ViolationCandidate(UUID.randomUUID(), ViolationCandidate.TYPE, 1,
                OffsetDateTime.now(), "APP-HX", "REPEATED_DEMAND", clerk, null, "DX1", "APPLICATION", "APP-HX",
                "OTN-3: material M5 not on the first notice");
        TestEvents.send(bootstrap, Topics.ACCOUNTABILITY_VIOLATIONS, "APP-HX", mapper.writeValueAsString(candidate));
        String violation = await().atMost(Duration.ofSeconds(20)).until(() -> given().header("Authorization", officer)
                .get("/api/complaints/violations").then().extract().response(),
                r -> r.path("find { it.subjectId == 'APP-HX' }") != null).path("find { it.subjectId == 'APP-HX' }.id");

        List<HostileCorpus.Request> corpus = new ArrayList<>(HostileCorpus.of(List.of(
                new Endpoint("POST", "/api/complaints/contacts", "{\"kind\":\"COMPLAINT\",\"channel\":\"PHONE\","
                        + "\"firstReceiver\":\"" + clerk + "\",\"presentStaff\":[\"" + chief + "\"],\"client\":{"
                        + "\"unit\":\"某公司\",\"name\":\"赵六\",\"phone\":\"139\",\"preference\":\"上午\"},"
                        + "\"matter\":\"办理太慢\",\"serviceItemCode\":\"HJ-001\"}"),
                new Endpoint("POST", "/api/complaints/contacts/{" + id + "}/transfer",
                        "{\"to\":\"" + chief + "\",\"note\":\"请回电\"}"),
                new Endpoint("POST", "/api/complaints/contacts/{" + id + "}/refer",
                        "{\"to\":\"市场监管局\",\"note\":\"不属本中心\"}"),
                new Endpoint("POST", "/api/complaints/contacts/{" + id + "}/route", "{\"department\":\"DX1\"}"),
                new Endpoint("POST", "/api/complaints/contacts/{" + id + "}/supervise",
                        "{\"days\":5,\"note\":\"督办\"}"),
                new Endpoint("POST", "/api/complaints/contacts/{" + id + "}/close",
                        "{\"rating\":4,\"comment\":\"满意\",\"upheldAgainst\":\"" + clerk + "\"}"),
                new Endpoint("PUT", "/api/complaints/routing-rules",
                        "{\"matchKind\":\"KEYWORD\",\"match\":\"营业执照\",\"department\":\"DX1\"}"),
                new Endpoint("POST", "/api/complaints/violations/{" + violation + "}/verify", "{\"note\":\"属实\"}")
                        .withOptionalBody(),
                new Endpoint("POST", "/api/complaints/violations/{" + violation + "}/appeal/decision",
                        "{\"outcome\":\"REDUCED\",\"points\":1}"),
                new Endpoint("GET", "/api/complaints/contacts?kind=COMPLAINT&channel=PHONE&department=DX1"
                        + "&state=ROUTED", null),
                new Endpoint("GET", "/api/complaints/accountability?staffId=" + clerk
                        + "&from=2026-01-01&to=2026-12-31", null))));
        for (String department : List.of("", "7", "<b>x</b>", "NO-SUCH-DEPARTMENT")) {
            corpus.add(new HostileCorpus.Request("route to " + department, "POST", "/api/complaints/contacts/" + id
                    + "/route", "application/json", "{\"department\":" + (department.equals("7") ? "7"
                    : "\"" + department + "\"") + "}"));
        }
        corpus.add(new HostileCorpus.Request("200,000 present", "POST", "/api/complaints/contacts",
                "application/json", "{\"kind\":\"QUERY\",\"channel\":\"VISIT\",\"firstReceiver\":\"" + clerk
                        + "\",\"presentStaff\":[" + ("\"" + chief + "\",").repeat(20_000) + "\"" + chief + "\"],"
                        + "\"matter\":\"x\"}"));
        corpus.add(new HostileCorpus.Request("department in text/plain", "POST", "/api/complaints/contacts/" + id
                + "/route", "text/plain", "{\"department\": \"DX1\"}"));

        HostileCorpus.Verdict verdict = HostileCorpus.check("complaint-service", base.toString(), dataSource,
                Map.of(officer, corpus));
        assertThat(verdict.outcomes()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(verdict.wrong()).as("answers other than a 4xx problem").isEmpty();
        assertThat(verdict.after()).as("nothing written by any refused request").isEqualTo(verdict.before());
    }
}
