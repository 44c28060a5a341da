package org.windowsuite.roster.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stretch of time during which one person held a post with one authority; kept forever (AB-5 attribution). */
@Entity
@Table(name = "coverage_period")
public class CoveragePeriod extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "post_id")
    public String postId;
    public long version;
    @Enumerated(EnumType.STRING)
    public CoverageState state;
    public String holder;
    @Enumerated(EnumType.STRING)
    public CoverageRole role;
    @Column(name = "acting_for")
    public String actingFor;
    public String cause;
    public Instant since;
    public Instant until;
    @Column(name = "ended_at")
    public Instant endedAt;

    protected CoveragePeriod() {
    }

    public CoveragePeriod(String postId, long version, Coverage coverage, String cause, Instant since) {
        this.postId = postId;
        this.version = version;
        this.state = coverage.state();
        this.holder = coverage.holder();
        this.role = coverage.role();
        this.actingFor = coverage.actingFor();
        this.until = coverage.until();
        this.cause = cause;
        this.since = since;
    }

    public Coverage coverage() {
        return new Coverage(state, holder, role, actingFor, until);
    }
}
