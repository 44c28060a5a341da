package org.windowsuite.common.web;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.windowsuite.common.NotFoundException;

/** What every page needs: labels in the reader's language, and the local stack's dev sign-in. */
@ApplicationScoped
public class PageSupport {

    /** The session cookie holds the same kind of JWT the APIs take as a bearer token. */
    public static final String TOKEN_COOKIE = "ws_token";
    public static final String LANG_COOKIE = "ws_lang";
    public static final List<String> LANGUAGES = List.of("zh", "en");

    public record Person(String staffId, List<String> roles) {
    }

    private final WebConfig config;
    private final CsrfToken csrf;
    private final String issuer;
    private final Map<String, Map<String, Object>> labels = new ConcurrentHashMap<>();

    private final String audience;

    public PageSupport(WebConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = "window-suite") String audience,
            CsrfToken csrf) {
        this.csrf = csrf;
        this.audience = audience.split(",")[0].trim();
        this.config = config;
        this.issuer = issuer;
    }

    /** The reader's language from their cookie. */
    public static String readerLanguage(jakarta.ws.rs.core.HttpHeaders headers) {
        var c = headers.getCookies().get(LANG_COOKIE);
        return language(c == null ? null : c.getValue());
    }

    /** Chinese by default; English when the reader chose it. */
    public static String language(String requested) {
        return requested != null && LANGUAGES.contains(requested) ? requested : "zh";
    }

    /**
     * Labels of one area ("console", "workbench") from {@code messages/<area>_<lang>.properties}, UTF-8. A key
     * "group.CODE" lands in a map of its own, so a page writes {@code t.kind.get(c.kind)} for a code's name.
     */
    public Map<String, Object> labels(String area, String lang) {
        return labels.computeIfAbsent(area + "_" + language(lang), this::load);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> load(String name) {
        String path = "messages/" + name + ".properties";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no labels at " + path);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Object> m = new java.util.HashMap<>();
            p.forEach((k, v) -> {
                String key = k.toString();
                int dot = key.indexOf('.');
                if (dot < 0) {
                    m.put(key, v.toString());
                } else {
                    ((Map<String, String>) m.computeIfAbsent(key.substring(0, dot), g -> new java.util.HashMap<>()))
                            .put(key.substring(dot + 1), v.toString());
                }
            });
            return Map.copyOf(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean devSignInEnabled() {
        return config.devSignIn().enabled();
    }

    public List<Person> demoPeople() {
        return config.devSignIn().people().orElse(List.of()).stream().map(s -> s.trim().split("\\s+", 2))
                .map(p -> new Person(p[0], p.length > 1 ? Arrays.asList(p[1].split("\\+")) : List.of())).toList();
    }

    /**
     * A session for {@code staffId}: a token signed with the local stack's key ({@code smallrye.jwt.sign.key.location},
     * the key {@code deploy/local/token} uses), in an HttpOnly cookie.
     */
    public NewCookie signIn(String staffId, List<String> roles) {
        if (!devSignInEnabled()) {
            throw new NotFoundException("dev sign-in is off here; sign in through the identity provider");
        }
        String token = Jwt.issuer(issuer).audience(audience).upn(staffId).subject(staffId).groups(new HashSet<>(roles))
                .expiresIn(config.devSignIn().validity()).jws().sign();
        return cookie(TOKEN_COOKIE, token, (int) config.devSignIn().validity().toSeconds());
    }

    /** The hidden CSRF field every form of the pages carries ({@link CsrfGuard}). */
    public String csrfField() {
        return csrf.hiddenField();
    }

    public NewCookie signOut() {
        return cookie(TOKEN_COOKIE, "", 0);
    }

    public NewCookie languageCookie(String lang) {
        return cookie(LANG_COOKIE, language(lang), 365 * 24 * 3600);
    }

    private static NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    /** The shared stylesheet and htmx, served by each area under its own prefix. */
    public static InputStream asset(String name) {
        String path = switch (name) {
            case "app.css" -> "META-INF/window-web/app.css";
            case "htmx.min.js" -> "META-INF/resources/webjars/htmx.org/2.0.4/dist/htmx.min.js";
            default -> throw new NotFoundException("no asset " + name);
        };
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new NotFoundException("no asset " + name);
        }
        return in;
    }
}
