package org.windowsuite.roster.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * AB-4: what an absent A holder hands over to the post's B, and by when. Ad hoc absences (registered after the
 * due time) owe no handover: B takes the post on their own initiative.
 */
@Entity
@Table(name = "handover")
public class Handover extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "absence_id") UUID absenceId, @Column(name = "post_id") String postId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Column(name = "a_holder")
    public String aHolder;
    @Column(name = "b_holder")
    public String bHolder;
    @Column(name = "due_by")
    public Instant dueBy;
    @Column(name = "ad_hoc")
    public boolean adHoc;
    public String note;
    @Column(name = "pending_work")
    public String pendingWork;
    @Column(name = "handed_over_at")
    public Instant handedOverAt;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    /** MISSING or LATE once flagged; null while in order. */
    public String flagged;

    protected Handover() {
    }

    public Handover(UUID absenceId, String postId, String aHolder, String bHolder, Instant dueBy, boolean adHoc) {
        this.key = new Key(absenceId, postId);
        this.aHolder = aHolder;
        this.bHolder = bHolder;
        this.dueBy = dueBy;
        this.adHoc = adHoc;
    }

    public boolean isLate(Instant at) {
        return !adHoc && at.isAfter(dueBy);
    }
}
