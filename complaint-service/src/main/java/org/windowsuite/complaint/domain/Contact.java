package org.windowsuite.complaint.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A first-inquiry contact (FI-1..FI-5), or a complaint, report, opinion or suggestion (FI-7). */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    /** Kinds the complaint center registers and routes to departments (FI-7). */
    public static final Set<String> CENTER_KINDS = Set.of("COMPLAINT", "REPORT", "SUGGESTION", "OPINION");

    @Id
    public UUID id;
    public String kind;
    public String channel;
    @Column(name = "first_receiver")
    public String firstReceiver;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "present_staff")
    public List<String> presentStaff;
    public String owner;
    @Column(name = "owner_rule")
    public String ownerRule;
    @Column(name = "client_unit")
    public String clientUnit;
    @Column(name = "client_name")
    public String clientName;
    @Column(name = "client_phone")
    public String clientPhone;
    @Column(name = "client_preference")
    public String clientPreference;
    public boolean anonymous;
    public String matter;
    @Column(name = "service_item_code")
    public String serviceItemCode;
    @Column(name = "post_id")
    public String postId;
    public String department;
    public String state;
    public String outcome;
    public String answer;
    public String guidance;
    @Column(name = "referred_to")
    public String referredTo;
    @Column(name = "supervision_note")
    public String supervisionNote;
    public Integer rating;
    @Column(name = "rating_comment")
    public String ratingComment;
    @Column(name = "follow_up")
    public boolean followUp;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "event_version")
    public long eventVersion;
    @Version
    public long version;

    /** The version of the event announcing this change: one more than the last one announced (DomainEvent). */
    public long nextEventVersion() {
        return ++eventVersion;
    }

    public boolean isCenterMatter() {
        return CENTER_KINDS.contains(kind);
    }

    /** FI-7: a report's reporter is protected; only complaint officers see who reported. */
    public boolean reporterProtected() {
        return "REPORT".equals(kind);
    }
}
