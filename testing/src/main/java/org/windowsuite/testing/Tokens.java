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

    /** Tokens the services must refuse (401), each as an Authorization header; "none" is no header at all. */
    public static java.util.Map<String, String> refused(String staffId, String... roles) {
        PrivateKey key = privateKey(ConfigProvider.getConfig().getValue("smallrye.jwt.sign.key", String.class));
        java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("no token", null);
        refused.put("expired", "Bearer " + Jwt.issuer(ISSUER).audience(AUDIENCE).upn(staffId).groups(Set.of(roles))
                .issuedAt(java.time.Instant.now().minus(Duration.ofHours(3)))
                .expiresAt(java.time.Instant.now().minus(Duration.ofHours(1))).jws().sign(key));
        refused.put("wrong issuer", "Bearer " + Jwt.issuer("someone-else").audience(AUDIENCE).upn(staffId)
                .groups(Set.of(roles)).expiresIn(Duration.ofHours(2)).jws().sign(key));
        String[] parts = token(staffId, roles).split("\\.");
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String forged = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"" + staffId + "\"", "\"" + staffId + "X\"");
        refused.put("tampered", "Bearer " + parts[0] + "." + url.encodeToString(forged.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2]);
        refused.put("alg none", "Bearer " + url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[1] + ".");
        return refused;
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
