package org.windowsuite.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.lang.reflect.Proxy;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verified-token cache never accepts what smallrye-jwt's verification would refuse (issue 15). */
class VerifiedTokensTest {

    static final String ISSUER = "window-suite";

    KeyPair keys;
    AtomicInteger verifications = new AtomicInteger();
    AtomicLong now = new AtomicLong(System.currentTimeMillis() / 1000);
    VerifiedTokens tokens;

    @BeforeEach
    void realVerifierCountingItsCalls() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        DefaultJWTParser real = new DefaultJWTParser(new JWTAuthContextInfo(keys.getPublic(), ISSUER));
        JWTParser counting = (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {JWTParser.class}, (proxy, method, args) -> {
                    verifications.incrementAndGet();
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        tokens = new VerifiedTokens(counting, now::get);
    }

    String token(String staffId, Duration validFor) {
        return Jwt.issuer(ISSUER).upn(staffId).groups(Set.of("clerk")).expiresIn(validFor).jws().sign(keys.getPrivate());
    }

    @Test
    void aTokenRepeatedOnEveryRequestIsVerifiedOnce() throws Exception {
        String token = token("S001", Duration.ofHours(2));
        for (int i = 0; i < 5; i++) {
            assertThat(tokens.parse(token).getName()).isEqualTo("S001");
        }
        assertThat(verifications).hasValue(1);
        tokens.parse(token("S002", Duration.ofHours(2)));
        assertThat(verifications).as("another token is verified on its own").hasValue(2);
    }

    @Test
    void aTokenWithOneByteChangedIsVerifiedInFullAndRefused() throws Exception {
        String token = token("S001", Duration.ofHours(2));
        tokens.parse(token);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThatThrownBy(() -> tokens.parse(tampered)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aKnownTokenIsVerifiedAgainOnceItsExpiryHasPassed() throws Exception {
        String token = token("S001", Duration.ofMinutes(10));
        JsonWebToken first = tokens.parse(token);
        now.set(first.getExpirationTime());
        tokens.parse(token);
        assertThat(verifications).as("verified again at expiry, not served from the cache").hasValue(2);
    }

    @Test
    void anExpiredTokenIsNeverKept() {
        String expired = Jwt.issuer(ISSUER).upn("S001").issuedAt(now.get() - 7200).expiresAt(now.get() - 3600).jws()
                .sign(keys.getPrivate());
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.parse(expired)).isInstanceOf(ParseException.class);
        }
        assertThat(verifications).hasValue(2);
    }
}
