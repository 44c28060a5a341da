package org.windowsuite.testing;

import java.util.Map;

/**
 * Configuration as operators set it in production, for a test profile: the pages of {@code area} sign in through
 * an identity provider (the mock one of {@code OidcWiremockTestResource}), and the dev sign-in is off.
 */
public final class OidcProduction {

    private OidcProduction() {
    }

    public static Map<String, String> config(String area) {
        return Map.of("quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                "quarkus.oidc.client-id", "quarkus-web-app",
                "quarkus.oidc.credentials.secret", "secret",
                "quarkus.http.auth.permission." + area + ".enabled", "true",
                "window.web.dev-sign-in.enabled", "false");
    }
}
