package org.windowsuite.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReporterProtectionTest {

    static Contact contact(String kind, boolean anonymous) {
        Contact c = new Contact();
        c.kind = kind;
        c.anonymous = anonymous;
        c.clientName = "举报人";
        c.clientPhone = "13900000000";
        c.clientUnit = "某单位";
        return c;
    }

    /** Proves FI-7 (docs/rules.md). */
    @Test
    void aReportersIdentityIsWithheldFromEveryoneButComplaintOfficers() {
        Contact report = contact("REPORT", false);
        assertThat(ReporterProtection.clientAsSeenBy(report, false).name()).isEqualTo(ReporterProtection.WITHHELD);
        assertThat(ReporterProtection.clientAsSeenBy(report, false).phone()).isEqualTo(ReporterProtection.WITHHELD);
        assertThat(ReporterProtection.clientAsSeenBy(report, true).name()).isEqualTo("举报人");
    }

    @Test
    void aComplaintsClientIsSeenByTheDepartmentThatMustContactThem() {
        assertThat(ReporterProtection.clientAsSeenBy(contact("COMPLAINT", false), false).phone())
                .isEqualTo("13900000000");
    }

    @Test
    void anAnonymousReportHasNoClientAtAll() {
        assertThat(ReporterProtection.clientAsSeenBy(contact("REPORT", true), true)).isNull();
    }
}
