package org.windowsuite.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** AB-5: every act on a case records who acted and in whose place. */
@Entity
@Table(name = "case_history")
public class CaseHistory extends PanacheEntityBase {
    /** Taken fifty at a time, so an act's history rows go to the database in one batch at commit (issue 15). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_history_ids")
    @SequenceGenerator(name = "case_history_ids", sequenceName = "case_history_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "application_id")
    public UUID applicationId;
    public Instant at;
    public String action;
    public String actor;
    @Column(name = "acting_for")
    public String actingFor;
    public String detail;

    protected CaseHistory() {
    }

    public CaseHistory(UUID applicationId, Instant at, String action, String actor, String actingFor, String detail) {
        this.applicationId = applicationId;
        this.at = at;
        this.action = action;
        this.actor = actor;
        this.actingFor = actingFor;
        this.detail = detail;
    }
}
