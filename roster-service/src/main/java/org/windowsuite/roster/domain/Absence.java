package org.windowsuite.roster.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A registered absence (去向登记): the staff member is away in [startsAt, endsAt). */
@Entity
@Table(name = "absence")
public class Absence extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "staff_id")
    public String staffId;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    @Enumerated(EnumType.STRING)
    public AbsenceReason reason;
    public String note;
    public boolean cancelled;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "registered_by")
    public String registeredBy;

    protected Absence() {
    }

    public Absence(String staffId, Instant startsAt, Instant endsAt, AbsenceReason reason, String note,
            Instant registeredAt, String registeredBy) {
        this.id = UUID.randomUUID();
        this.staffId = staffId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
        this.note = note;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    public boolean covers(Instant t) {
        return !cancelled && !t.isBefore(startsAt) && t.isBefore(endsAt);
    }

    public boolean overlaps(Instant from, Instant to) {
        return !cancelled && startsAt.isBefore(to) && from.isBefore(endsAt);
    }

    public String state(Instant now) {
        if (cancelled) {
            return "CANCELLED";
        }
        if (now.isBefore(startsAt)) {
            return "PLANNED";
        }
        return now.isBefore(endsAt) ? "ACTIVE" : "ENDED";
    }
}
