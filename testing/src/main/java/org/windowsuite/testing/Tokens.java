package org.windowsuite.testing;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real signed bearer tokens: upn is the staff id, groups are the roles. */
public final class Tokens {

    public static final String ISSUER = "window-suite";

    private Tokens() {
    }

    /** Inside a {@code @QuarkusTest}: signs with the key the test resource configured. */
    public static String token(String staffId, String... roles) {
        return sign(ConfigProvider.getConfig().getValue("smallrye.jwt.sign.key", String.class), staffId, roles);
    }

    public static String bearer(String staffId, String... roles) {
        return "Bearer " + token(staffId, roles);
    }

    public static String sign(String privateKeyPem, String staffId, String... roles) {
        return Jwt.issuer(ISSUER)
                .upn(staffId)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(2))
                .jws()
                .sign(privateKeyPem);
    }
}
