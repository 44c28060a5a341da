package org.windowsuite.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.security.VerifiedTokens;
import org.windowsuite.testing.SuiteTestResource;
import org.windowsuite.testing.Tokens;

/** Bearer tokens go through the verified-token cache, which never lets through what verification refuses (issue 15). */
@QuarkusTest
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "intake"))
class TokenVerificationTest {

    @Inject
    JWTParser parser;

    @Test
    void theServiceVerifiesTokensThroughTheCache() {
        assertThat(ClientProxy.unwrap(parser)).isInstanceOf(VerifiedTokens.class);
    }

    @Test
    void everyRefusedTokenStaysRefusedWhileItsGenuineTwinIsAcceptedOverAndOver() {
        String path = "/api/intake/applications/" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", Tokens.bearer("S-TV", "clerk")).get(path).then().statusCode(404);
        }
        for (Map.Entry<String, String> refused : Tokens.refused("S-TV", "clerk").entrySet()) {
            var request = given();
            if (refused.getValue() != null) {
                request = request.header("Authorization", refused.getValue());
            }
            assertThat(request.get(path).statusCode()).as(refused.getKey()).isEqualTo(401);
        }
    }
}
