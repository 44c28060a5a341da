package org.windowsuite.deadline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a loaded calendar year came from, and who loaded it when. */
@Entity
@Table(name = "calendar_source")
public class CalendarSource extends PanacheEntityBase {
    @Id
    public Integer year;
    public String source;
    public String papers;
    @Column(name = "loaded_by")
    public String loadedBy;
    @Column(name = "loaded_at")
    public Instant loadedAt;
    /** SHA-256 of the file the year was loaded from; null for an upload. */
    public String checksum;
}
