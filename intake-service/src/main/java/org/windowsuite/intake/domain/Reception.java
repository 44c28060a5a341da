package org.windowsuite.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** WP-8: one reception at the window (a visit, call, consultation or submission), whatever came of it. */
@Entity
@Table(name = "reception")
public class Reception extends PanacheEntityBase {
    @Id
    public UUID id;
    public String channel;
    @Column(name = "staff_id")
    public String staffId;
    @Column(name = "post_id")
    public String postId;
    public Instant at;
    public String matter;
    public String outcome;
    @Column(name = "item_code")
    public String itemCode;
    /** SC-2.5: a serious or difficult question, recorded for follow-up. */
    public boolean difficult;
    public String note;
    @Column(name = "application_id")
    public UUID applicationId;
    /** OTN-5: how the one-time notice given at this reception reached the applicant, if one was given. */
    @Enumerated(EnumType.STRING)
    @Column(name = "notice_delivery")
    public NoticeDelivery noticeDelivery;
}
