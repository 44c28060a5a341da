package org.windowsuite.complaint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.windowsuite.testing.OidcProduction;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.Tokens;

/** Production sign-in: the console sends people to the identity provider (OIDC authorization-code flow). */
@QuarkusTest
@TestProfile(ConsoleOidcSignInTest.Production.class)
@WithTestResource(value = SuiteTestResource.class, initArgs = @ResourceArg(name = "database", value = "complaint_oidc"))
@WithTestResource(OidcWiremockTestResource.class)
class ConsoleOidcSignInTest {

    /** As operators configure production: OIDC on, dev sign-in off. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OidcProduction.config("console");
        }
    }

    static final String MOCK_CODE = "58af24f2-9093-4674-a431-4a9d66be719c.50437113-cd78-48a2-838e-b936fe458c5d"
            + ".0ac5df91-e044-4051-bd03-106a3a5fb9cc";

    @Test
    void theConsoleSignsInThroughTheIdentityProviderAndTheStaffIdComesFromItsToken() {
        Response challenge = given().redirects().follow(false).get("/console/inbox");
        assertThat(challenge.statusCode()).isEqualTo(302);
        URI authorize = URI.create(challenge.header("Location"));
        assertThat(authorize.getPath()).contains("/realms/quarkus");
        Map<String, String> query = Arrays.stream(authorize.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "quarkus-web-app");

        // the identity provider sends the browser back with a code; the service redeems it for the tokens
        Response back = given().redirects().follow(false).cookies(challenge.cookies())
                .get(query.get("redirect_uri") + "?state=" + query.get("state") + "&code=" + MOCK_CODE);
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.header("Location")).endsWith("/console/inbox");

        given().redirects().follow(false).cookies(back.cookies()).get("/console/inbox").then().statusCode(200)
                .body(containsString("alice"), containsString("收件箱"));

        // signing out ends the session at the identity provider as well
        Response out = given().redirects().follow(false).cookies(back.cookies()).cookie(org.windowsuite.testing.PageCsrf.COOKIE, org.windowsuite.testing.PageCsrf.TOKEN)
                .header(org.windowsuite.testing.PageCsrf.HEADER, org.windowsuite.testing.PageCsrf.TOKEN)
                .post("/console/sign-out");
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.header("Location")).contains("/realms/quarkus").contains("post_logout_redirect_uri");
    }

    @Test
    void devSignInIsSwitchedOffOutsideTheLocalStack() {
        given().redirects().follow(false).get("/console/sign-in").then().statusCode(302)
                .header("Location", containsString("/realms/quarkus"));
        given().redirects().follow(false).cookie(org.windowsuite.testing.PageCsrf.COOKIE, org.windowsuite.testing.PageCsrf.TOKEN)
                .header(org.windowsuite.testing.PageCsrf.HEADER, org.windowsuite.testing.PageCsrf.TOKEN)
                .formParam("staffId", "C001").formParam("roles", "complaint-officer")
                .post("/console/sign-in").then().statusCode(302);
    }

    @Test
    void theApisKeepTakingBearerTokens() {
        given().header("Authorization", Tokens.bearer("C001", "complaint-officer")).get("/api/complaints/contacts")
                .then().statusCode(200);
        given().get("/api/complaints/contacts").then().statusCode(401)
                .header("Content-Type", endsWith("problem+json"));
    }
}
