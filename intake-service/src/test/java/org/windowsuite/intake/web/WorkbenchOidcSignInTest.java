package org.windowsuite.intake.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.windowsuite.testing.OidcProduction;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.Tokens;

/** Production: the workbench sends people to the identity provider; the APIs keep their bearer tokens. */
@QuarkusTest
@TestProfile(WorkbenchOidcSignInTest.Production.class)
@WithTestResource(value = SuiteTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake_oidc"))
@WithTestResource(OidcWiremockTestResource.class)
class WorkbenchOidcSignInTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OidcProduction.config("workbench");
        }
    }

    @Test
    void theWorkbenchSendsPeopleToTheIdentityProviderAndHasNoDevSignIn() {
        given().redirects().follow(false).get("/workbench/desk").then().statusCode(302)
                .header("Location", containsString("/realms/quarkus"))
                .header("Location", containsString("client_id=quarkus-web-app"));
        given().redirects().follow(false).get("/workbench/sign-in").then().statusCode(302)
                .header("Location", containsString("/realms/quarkus"));
        given().header("Authorization", Tokens.bearer("A000", "admin")).get("/api/intake/posts/coverage").then()
                .statusCode(200);
    }
}
