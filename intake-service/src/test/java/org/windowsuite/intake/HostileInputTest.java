package org.windowsuite.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.windowsuite.testing.HostileCorpus;
import org.windowsuite.testing.HostileCorpus.Endpoint;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.Tokens;

/** No input breaks intake-service: a generated hostile corpus gets 4xx problems only and writes nothing. */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "intake"))
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
    String supervisor = Tokens.bearer("S004", "supervisor");

    @Test
    void aHostileCorpusIsRefusedWithProblemsAndChangesNothing() throws Exception {
        IntakeTestSupport s = new IntakeTestSupport(mapper, bootstrap).createItem();
        s.coverage("NORMAL", s.a, "A", null);
        String incomplete = given().header("Authorization", supervisor).contentType(ContentType.JSON)
                .body(s.application(List.of(IntakeTestSupport.present("M1")))).post("/api/intake/applications")
                .then().statusCode(201).extract().path("id");
        String accepted = given().header("Authorization", supervisor).contentType(ContentType.JSON)
                .body(s.application(List.of(IntakeTestSupport.present("M1"), IntakeTestSupport.present("M2"),
                        IntakeTestSupport.present("M3")))).post("/api/intake/applications").then().statusCode(201)
                .extract().path("id");

        String application = "{\"serviceItemCode\":\"" + s.code + "\",\"channel\":\"WINDOW\",\"materials\":["
                + "{\"code\":\"M1\",\"status\":\"PRESENT\"},{\"code\":\"M3\",\"status\":\"DEFECTIVE\",\"reason\":\"未公证\"}],"
                + "\"applicant\":{\"type\":\"PERSON\",\"idNumber\":\"110101199001011234\",\"name\":\"张三\","
                + "\"phone\":\"13800000000\",\"attributes\":{\"married\":\"true\"}},\"matter\":\"户口迁入\","
                + "\"completeOnTheSpot\":false}";
        String item = "{\"name\":\"户口迁出\",\"department\":\"D01\",\"basis\":\"《户口登记条例》第十条\","
                + "\"promisedDays\":5,\"statutoryDays\":20,\"maxExtensionDays\":10,\"procedure\":[\"受理\",\"办结\"],"
                + "\"fees\":\"免费\",\"materials\":[{\"code\":\"M1\",\"name\":\"居民身份证\",\"required\":true,"
                + "\"form\":\"ORIGINAL\",\"copies\":1,\"issuer\":\"公安机关\"}],\"refusalGrounds\":[{\"code\":\"R1\","
                + "\"ground\":\"不符合条件\",\"basis\":\"条例第十条\"}],\"posts\":[\"" + s.post + "\"],"
                + "\"consultationPhone\":\"12345\",\"onTheSpot\":false}";
        List<HostileCorpus.Request> asSupervisor = new ArrayList<>(HostileCorpus.of(List.of(
                new Endpoint("POST", "/api/intake/applications", application, Set.of("applicant.attributes")),
                new Endpoint("POST", "/api/intake/applications/{" + incomplete + "}/supplements",
                        "{\"materials\":[{\"code\":\"M2\",\"status\":\"PRESENT\"}]}"),
                new Endpoint("POST", "/api/intake/applications/{" + accepted + "}/notes", "{\"text\":\"已联系\"}"),
                new Endpoint("POST", "/api/intake/applications/{" + accepted + "}/withdraw", "{\"text\":\"撤回\"}"),
                new Endpoint("POST", "/api/intake/receptions", "{\"channel\":\"WINDOW\",\"postId\":\"" + s.post
                        + "\",\"matter\":\"咨询\",\"outcome\":\"ANSWERED\",\"itemCode\":\"" + s.code + "\","
                        + "\"difficult\":true,\"note\":\"疑难\"}"),
                new Endpoint("POST", "/api/intake/appointments", "{\"postId\":\"" + s.post + "\",\"day\":\"2026-12-28\","
                        + "\"slot\":\"09:00-10:00\",\"extendedHours\":false,\"matter\":\"预约\",\"applicantName\":\"张三\","
                        + "\"applicantPhone\":\"138\",\"itemCode\":\"" + s.code + "\"}"))));
        for (String slot : List.of("25:00-26:00", "09:00-08:00", "9-10")) {
            asSupervisor.add(new HostileCorpus.Request("slot " + slot, "POST", "/api/intake/appointments",
                    "application/json", "{\"postId\":\"" + s.post + "\",\"day\":\"2026-12-28\",\"slot\":\"" + slot
                            + "\",\"extendedHours\":false,\"matter\":\"预约\",\"applicantName\":\"张三\"}"));
        }
        for (String post : List.of("NO-SUCH-POST", "")) {
            asSupervisor.add(new HostileCorpus.Request("unknown post " + post, "POST", "/api/intake/receptions",
                    "application/json", "{\"channel\":\"WINDOW\",\"postId\":\"" + post + "\",\"matter\":\"咨询\","
                            + "\"outcome\":\"ANSWERED\"}"));
        }
        List<HostileCorpus.Request> asAdmin = new ArrayList<>(HostileCorpus.of(List.of(
                new Endpoint("POST", "/api/intake/service-items",
                        "{\"code\":\"HX" + s.code.substring(3) + "\"," + item.substring(1)),
                new Endpoint("PUT", "/api/intake/service-items/{" + s.code + "}", item),
                new Endpoint("PUT", "/api/intake/referrals/{RF-1}", "{\"matter\":\"社保\",\"unit\":\"社保局\","
                        + "\"handler\":\"李四\",\"phone\":\"12333\",\"address\":\"人民路1号\"}"))));
        asAdmin.add(new HostileCorpus.Request("statutoryDays 2147483647", "POST", "/api/intake/service-items",
                "application/json", "{\"code\":\"HZ1\"," + item.substring(1).replace("\"statutoryDays\":20",
                        "\"statutoryDays\":2147483647")));
        asAdmin.add(new HostileCorpus.Request("code with space", "POST", "/api/intake/service-items",
                "application/json", "{\"code\":\"HZ 2\"," + item.substring(1)));
        for (String q : List.of("from=-999999999-01-01&to=2026-12-01&groupBy=post", "from=2026-01-01&to=%0a",
                "from=2026-01-01&to=2026-02-01&groupBy=x%00")) {
            asAdmin.add(new HostileCorpus.Request("statistics " + q, "GET", "/api/intake/statistics?" + q, null, null));
        }
        asAdmin.add(new HostileCorpus.Request("q NUL", "GET", "/api/intake/service-items?q=a%00", null, null));

        HostileCorpus.Verdict verdict = HostileCorpus.check("intake-service", base.toString(), dataSource,
                Map.of(supervisor, asSupervisor, admin, asAdmin));
        assertThat(verdict.outcomes()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(verdict.wrong()).as("answers other than a 4xx problem").isEmpty();
        // an Idempotency-Key longer than its column, or with a control character, is refused before anything
        for (String key : List.of("k".repeat(201), "a\tb", "é")) {
            given().header("Authorization", supervisor).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(application).post("/api/intake/applications").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        try (var c = dataSource.getConnection()) {
            assertThat(org.windowsuite.testing.DatabaseDigest.of(c)).as("nothing written by any refused request")
                    .isEqualTo(verdict.before());
        }
    }
}
