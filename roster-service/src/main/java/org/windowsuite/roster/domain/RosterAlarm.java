package org.windowsuite.roster.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An alarm supervisors see until it is resolved: EMPTY_POST (AB-3), MISSING_HANDOVER, LATE_HANDOVER (AB-4). */
@Entity
@Table(name = "roster_alarm")
public class RosterAlarm extends PanacheEntityBase {
    @Id
    public UUID id;
    public String kind;
    @Column(name = "post_id")
    public String postId;
    @Column(name = "staff_id")
    public String staffId;
    public String detail;
    @Column(name = "raised_at")
    public Instant raisedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;

    protected RosterAlarm() {
    }

    public RosterAlarm(String kind, String postId, String staffId, String detail, Instant raisedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.postId = postId;
        this.staffId = staffId;
        this.detail = detail;
        this.raisedAt = raisedAt;
    }
}
