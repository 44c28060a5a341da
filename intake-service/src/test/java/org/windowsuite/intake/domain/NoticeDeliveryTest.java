package org.windowsuite.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.windowsuite.common.RuleViolationException;

/** OTN-5: oral notices, only to someone the clerk speaks with. */
class NoticeDeliveryTest {

    @Test
    void aNoticeIsPrintedUnlessTheClerkTellsItOrally() {
        assertThat(NoticeDelivery.of(false, "WINDOW")).isEqualTo(NoticeDelivery.PRINTED);
        assertThat(NoticeDelivery.of(false, "ONLINE")).isEqualTo(NoticeDelivery.PRINTED);
    }

    /** Proves OTN-5 (docs/rules.md). */
    @Test
    void aNoticeMayBeToldOrallyAtTheWindowOrOnThePhone() {
        assertThat(NoticeDelivery.of(true, "WINDOW")).isEqualTo(NoticeDelivery.ORAL);
        assertThat(NoticeDelivery.of(true, "PHONE")).isEqualTo(NoticeDelivery.ORAL);
    }

    @Test
    void aWrittenApplicationIsNeverAnsweredOrally() {
        for (String written : new String[] {"LETTER", "FAX", "EMAIL", "ONLINE"}) {
            assertThatThrownBy(() -> NoticeDelivery.of(true, written)).isInstanceOf(RuleViolationException.class)
                    .satisfies(e -> assertThat(((RuleViolationException) e).rule()).isEqualTo("OTN-5"));
        }
    }
}
