package org.windowsuite.complaint.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Every step of a contact: who did it, in whose place. */
@Entity
@Table(name = "contact_history")
public class ContactHistory extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "contact_id")
    public UUID contactId;
    public Instant at;
    public String action;
    public String actor;
    @Column(name = "acting_for")
    public String actingFor;
    public String detail;

    protected ContactHistory() {
    }

    public ContactHistory(UUID contactId, Instant at, String action, String actor, String actingFor, String detail) {
        this.contactId = contactId;
        this.at = at;
        this.action = action;
        this.actor = actor;
        this.actingFor = actingFor;
        this.detail = detail;
    }
}
