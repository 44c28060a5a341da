package org.windowsuite.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** SC-2.6: a booked session for a matter that needs study or approval, in office or extended hours. */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "post_id")
    public String postId;
    public LocalDate day;
    public String slot;
    @Column(name = "extended_hours")
    public boolean extendedHours;
    public String matter;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "applicant_phone")
    public String applicantPhone;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "booked_by")
    public String bookedBy;
    @Column(name = "booked_at")
    public Instant bookedAt;
    public String state;
}
