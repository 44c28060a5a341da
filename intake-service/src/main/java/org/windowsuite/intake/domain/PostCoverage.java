package org.windowsuite.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Intake's copy of who holds a post now, kept from roster.coverage.v1 (AB-1, AB-5). */
@Entity
@Table(name = "post_coverage")
public class PostCoverage extends PanacheEntityBase {
    @Id
    @Column(name = "post_id")
    public String postId;
    public String department;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "service_items")
    public java.util.List<String> serviceItems = new java.util.ArrayList<>();
    public String state;
    public String holder;
    public String role;
    @Column(name = "acting_for")
    public String actingFor;
    public String cause;
    public Instant since;
    public Instant until;
    @Column(name = "away_reason")
    public String awayReason;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
