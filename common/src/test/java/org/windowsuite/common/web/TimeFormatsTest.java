package org.windowsuite.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeFormatsTest {

    private static final OffsetDateTime MOMENT = OffsetDateTime.of(2026, 3, 9, 8, 5, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void aShortTimeShowsMonthDayHoursAndMinutes() {
        assertThat(TimeFormats.shortTime(MOMENT)).isEqualTo("03-09 08:05");
    }

    @Test
    void aFullTimeShowsTheYearToo() {
        assertThat(TimeFormats.fullTime(MOMENT)).isEqualTo("2026-03-09 08:05");
    }
}
