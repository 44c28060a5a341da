package org.windowsuite.common.web;

import io.quarkus.qute.TemplateExtension;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The page kit's two ways of showing a moment, for both consoles: {@code {t.shortTime}} within the week's work
 * (month-day hours:minutes) and {@code {t.fullTime}} with its year. The moments reach the pages already in the
 * office zone ({@code OfficeConfig.at}).
 */
@TemplateExtension
public final class TimeFormats {

    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimeFormats() {
    }

    static String shortTime(TemporalAccessor moment) {
        return SHORT.format(moment);
    }

    static String fullTime(TemporalAccessor moment) {
        return FULL.format(moment);
    }
}
