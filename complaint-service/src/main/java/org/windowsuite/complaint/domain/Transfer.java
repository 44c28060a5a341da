package org.windowsuite.complaint.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import java.time.Instant;
import java.util.UUID;

/**
 * FI-4: a contact passed to a colleague, or to whoever covers for them (AB). Updates write only changed columns, so
 * due times announced by deadline-service meanwhile survive a receiver's action.
 */
@Entity
@DynamicUpdate
@Table(name = "transfer")
public class Transfer extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "from_staff")
    public String fromStaff;
    @Column(name = "requested_to")
    public String requestedTo;
    public String receiver;
    @Column(name = "covering_for")
    public String coveringFor;
    public String note;
    @Column(name = "transferred_at")
    public Instant transferredAt;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "contacted_at")
    public Instant contactedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    public String resolution;
    @Column(name = "ack_due")
    public Instant ackDue;
    @Column(name = "contact_due")
    public Instant contactDue;
    @Column(name = "resolve_due")
    public Instant resolveDue;
}
