package org.windowsuite.testing;

/**
 * A CSRF token for tests that post the pages' forms directly: the same well-formed value as the browser's cookie
 * ({@link #COOKIE}) and in the header ({@link #HEADER}), as a page's own form would send it.
 */
public final class PageCsrf {

    public static final String COOKIE = "ws_csrf";
    public static final String HEADER = "X-CSRF-Token";
    public static final String FIELD = "csrf-token";
    public static final String TOKEN = "t".repeat(43);

    private PageCsrf() {
    }
}
