package org.windowsuite.roster.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * AB-1: A and B set for every working day of a range, as asked. Kept so that the range's working days can be derived
 * again when the calendar they were counted on changes (a provisional year published, a year corrected).
 */
@Entity
@Table(name = "roster_range")
public class RosterRange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "post_id")
    public String postId;
    @Column(name = "from_day")
    public LocalDate from;
    @Column(name = "to_day")
    public LocalDate to;
    @Column(name = "a_holder")
    public String aHolder;
    @Column(name = "b_holder")
    public String bHolder;
    @Column(name = "set_at")
    public Instant setAt;

    protected RosterRange() {
    }

    public RosterRange(String postId, LocalDate from, LocalDate to, String aHolder, String bHolder, Instant setAt) {
        this.postId = postId;
        this.from = from;
        this.to = to;
        this.aHolder = aHolder;
        this.bHolder = bHolder;
        this.setAt = setAt;
    }
}
