package org.windowsuite.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An application and, once accepted, the case it becomes. Updates write only changed columns, so due dates that
 * deadline-service announces meanwhile are never overwritten by a clerk's action.
 */
@Entity
@DynamicUpdate
@Table(name = "application")
public class Application extends PanacheEntityBase {

    public enum Outcome { ACCEPTED, INCOMPLETE, REFUSED, REFERRED }

    public enum State { INCOMPLETE, ACCEPTED, PAUSED, AWAITING_CONSULTATION, COMPLETED, REFUSED, REFERRED, WITHDRAWN }

    public record Refusal(String code, String ground, String basis, String note) {
    }

    public record Consultation(String question, String askedBy, Instant askedAt, String answer, String answeredBy,
            Instant answeredAt) {
    }

    @Id
    public UUID id;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "item_version")
    public Integer itemVersion;
    @Column(name = "applicant_type")
    public String applicantType;
    @Column(name = "applicant_id")
    public String applicantId;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "applicant_phone")
    public String applicantPhone;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "applicant_attrs")
    public Map<String, String> applicantAttributes;
    public String channel;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Enumerated(EnumType.STRING)
    public State state;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<SubmittedMaterial> materials;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "first_notice")
    public List<Shortfall> firstNotice;
    @Column(name = "first_notice_by")
    public String firstNoticeBy;
    /** OTN-5: printed or told orally; set with the first notice. */
    @Enumerated(EnumType.STRING)
    @Column(name = "notice_delivery")
    public NoticeDelivery noticeDelivery;
    @JdbcTypeCode(SqlTypes.JSON)
    public Refusal refusal;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> referral;
    @Column(name = "post_id")
    public String postId;
    public String handler;
    @Column(name = "acting_for")
    public String actingFor;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "completed_by")
    public String completedBy;
    @Column(name = "completed_for")
    public String completedFor;
    @Column(name = "promised_due")
    public Instant promisedDue;
    @Column(name = "statutory_due")
    public Instant statutoryDue;
    /** The due date counted a day of a year whose holiday schedule is not published: an estimate until re-timed. */
    @Column(name = "promised_due_provisional")
    public boolean promisedDueProvisional;
    @Column(name = "statutory_due_provisional")
    public boolean statutoryDueProvisional;
    @Column(name = "deadline_level")
    public String deadlineLevel;
    @JdbcTypeCode(SqlTypes.JSON)
    public Consultation consultation;
    @Column(name = "archived_at")
    public Instant archivedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "repeated_demands")
    public List<String> repeatedDemands = new ArrayList<>();
    @Column(name = "event_version")
    public long eventVersion;
    @Version
    public long version;

    /** The version of the event announcing this change: one more than the last one announced (DomainEvent). */
    public long nextEventVersion() {
        return ++eventVersion;
    }

    public boolean isOpen() {
        return state == State.ACCEPTED || state == State.PAUSED || state == State.AWAITING_CONSULTATION;
    }
}
