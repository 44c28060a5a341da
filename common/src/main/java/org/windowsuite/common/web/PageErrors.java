package org.windowsuite.common.web;

import java.util.List;
import org.windowsuite.common.Problem;

/** A refused action on a page, told in words with a way back; the same facts the APIs give as problem+json. */
public final class PageErrors {

    public static final List<String> AREAS = List.of("console", "workbench");

    private PageErrors() {
    }

    public static String html(String area, Problem p) {
        StringBuilder details = new StringBuilder();
        if (p.errors() != null) {
            p.errors().forEach(e -> details.append("<li>").append(escape(e.field())).append(": ")
                    .append(escape(e.message())).append("</li>"));
        }
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + p.status() + " " + escape(p.title()) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/" + area + "/assets/app.css\"></head><body><main class=\"page\">"
                + "<div class=\"flash error\" role=\"alert\" id=\"problem\"><strong>" + p.status() + " "
                + escape(p.title()) + "</strong>"
                + (p.rule() == null ? "" : " <span class=\"rule\">" + escape(p.rule()) + "</span>")
                + "<p>" + escape(p.detail()) + "</p>"
                + (details.isEmpty() ? "" : "<ul>" + details + "</ul>") + "</div>"
                + "<p><a href=\"javascript:history.back()\">← 返回 Back</a> · <a href=\"/" + area + "\">" + area
                + "</a></p></main></body></html>";
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
