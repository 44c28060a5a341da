package org.windowsuite.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.windowsuite.common.OfficeConfig;

/** The one envelope: fresh ids, the office zone, versions counted from 1. */
class EnvelopesTest {

    static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    final Envelopes envelopes = new Envelopes(Clock.fixed(NOW, ZoneOffset.UTC), new OfficeConfig() {
        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public LocalTime opens() {
            return LocalTime.of(9, 0);
        }

        @Override
        public LocalTime closes() {
            return LocalTime.of(17, 0);
        }

        @Override
        public boolean adjustableClock() {
            return false;
        }
    });

    @Test
    void anEventHappensNowInTheOfficeZoneWithAFreshId() {
        Envelope a = envelopes.of("CaseChanged", "app-1", 3);
        Envelope b = envelopes.of("CaseChanged", "app-1", 4);
        assertThat(a.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-12-02T10:00:00+08:00"));
        assertThat(a.type()).isEqualTo("CaseChanged");
        assertThat(a.aggregateId()).isEqualTo("app-1");
        assertThat(a.version()).isEqualTo(3);
        assertThat(a.eventId()).isNotEqualTo(b.eventId());
    }

    @Test
    void anEventCanCarryTheMomentItsAggregateRecorded() {
        Instant raised = NOW.minusSeconds(60);
        assertThat(envelopes.at("PostAlarm", "P1", 1, raised).occurredAt().toInstant()).isEqualTo(raised);
    }

    @Test
    void versionsCountFromOneAndEveryEventNamesItsAggregate() {
        assertThatThrownBy(() -> envelopes.of("StaffChanged", "S1", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> envelopes.of("StaffChanged", " ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> envelopes.of("StaffChanged", null, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
