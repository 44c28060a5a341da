package org.windowsuite.common.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The page's CSRF token for its forms, in templates as
 * {@code <input type="hidden" name="{inject:csrf.field}" value="{inject:csrf.token}">}.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    private final RoutingContext routing;

    public CsrfToken(RoutingContext routing) {
        this.routing = routing;
    }

    public String token() {
        String token = routing.get(CsrfGuard.TOKEN_KEY);
        return token == null ? "" : token;
    }

    public String field() {
        return CsrfGuard.FIELD;
    }

    /** The hidden field itself, for pages built without a template. */
    public String hiddenField() {
        return "<input type=\"hidden\" name=\"" + CsrfGuard.FIELD + "\" value=\"" + token() + "\">";
    }
}
