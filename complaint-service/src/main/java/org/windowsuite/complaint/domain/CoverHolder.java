package org.windowsuite.complaint.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** complaint-service's copy of who holds each post and for whom, from roster.coverage.v1. */
@Entity
@Table(name = "post_coverage")
public class CoverHolder extends PanacheEntityBase {
    @Id
    @Column(name = "post_id")
    public String postId;
    public String department;
    public String state;
    public String holder;
    @Column(name = "acting_for")
    public String actingFor;
    public long version;
}
