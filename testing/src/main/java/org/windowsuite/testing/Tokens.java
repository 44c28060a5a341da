package org.windowsuite.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
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

    /** The audience the services verify ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "window-suite";

    public static String bearer(String staffId, String... roles) {
        return "Bearer " + token(staffId, roles);
    }

    public static String sign(String privateKeyPem, String staffId, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn(staffId)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(2))
                .jws()
                .sign(privateKey(privateKeyPem));
    }

    private static PrivateKey privateKey(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key", e);
        }
    }
}
