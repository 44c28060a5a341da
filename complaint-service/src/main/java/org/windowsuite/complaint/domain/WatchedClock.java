package org.windowsuite.complaint.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A running time limit of a transfer (FI-4) or a complaint (FI-7) as deadline-service last announced it. */
@Entity
@Table(name = "watched_clock")
public class WatchedClock extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "subject_type") String subjectType, @Column(name = "subject_id") String subjectId,
            @Column(name = "clock_kind") String clockKind) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Column(name = "contact_id")
    public UUID contactId;
    public String level;
    @Column(name = "due_at")
    public Instant dueAt;
    public String holder;
    @Column(name = "acting_for")
    public String actingFor;
    public String department;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
