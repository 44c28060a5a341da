package org.windowsuite.roster.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** AB-3: a temporary holder a supervisor names for a post whose A and B are both away. */
@Entity
@Table(name = "stand_in")
public class StandIn extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "post_id")
    public String postId;
    @Column(name = "staff_id")
    public String staffId;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    @Column(name = "named_by")
    public String namedBy;

    protected StandIn() {
    }

    public StandIn(String postId, String staffId, Instant startsAt, Instant endsAt, String namedBy) {
        this.id = UUID.randomUUID();
        this.postId = postId;
        this.staffId = staffId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.namedBy = namedBy;
    }

    public boolean covers(Instant t) {
        return !t.isBefore(startsAt) && t.isBefore(endsAt);
    }
}
