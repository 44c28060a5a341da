package org.windowsuite.roster.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** AB-1: the A holder (today's principal) and B holder (substitute) of a post on one day. */
@Entity
@Table(name = "roster_day")
public class RosterDay extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "post_id") String postId, @Column(name = "day") LocalDate day)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Column(name = "a_holder")
    public String aHolder;
    @Column(name = "b_holder")
    public String bHolder;
    /** The range that set this day (re-derived with it when the calendar changes); null for a day set on its own. */
    @Column(name = "range_id")
    public Long rangeId;

    protected RosterDay() {
    }

    public RosterDay(String postId, LocalDate day, String aHolder, String bHolder) {
        this.key = new Key(postId, day);
        this.aHolder = aHolder;
        this.bHolder = bHolder;
    }

    public String postId() {
        return key.postId();
    }

    public LocalDate day() {
        return key.day();
    }
}
