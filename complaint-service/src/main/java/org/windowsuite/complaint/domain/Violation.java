package org.windowsuite.complaint.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An entry of the accountability ledger (OTN-6, FI-8): a candidate until a complaint officer decides. */
@Entity
@Table(name = "violation")
public class Violation extends PanacheEntityBase {

    public enum State { CANDIDATE, VERIFIED, DISMISSED }

    @Id
    public UUID id;
    @Column(name = "source_event_id")
    public UUID sourceEventId;
    public String kind;
    @Column(name = "staff_id")
    public String staffId;
    @Column(name = "acting_for")
    public String actingFor;
    public String department;
    @Column(name = "subject_type")
    public String subjectType;
    @Column(name = "subject_id")
    public String subjectId;
    public String evidence;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state;
    public Integer points;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "appeal_reason")
    public String appealReason;
    @Column(name = "appealed_at")
    public Instant appealedAt;
    @Column(name = "appeal_outcome")
    public String appealOutcome;
    @Column(name = "appeal_decided_by")
    public String appealDecidedBy;
    @Column(name = "appeal_decided_at")
    public Instant appealDecidedAt;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Version
    public long version;

    /** OTN-6: the points this entry deducts — a verified entry's, nothing for a candidate or a dismissed one. */
    public int deductedPoints() {
        return deductedPoints(state, points);
    }

    /** The one rule for points, also for entries already read into reports. */
    public static int deductedPoints(State state, Integer points) {
        return state == State.VERIFIED && points != null ? points : 0;
    }

    /** What a list of entries deducts in all. */
    public static long deductedPoints(java.util.Collection<Violation> entries) {
        return entries.stream().mapToLong(Violation::deductedPoints).sum();
    }
}
