package org.windowsuite.roster.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A staff member; a higher rank is more senior (FI-1 uses it to find the first-inquiry owner). */
@Entity
@Table(name = "staff")
public class Staff extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    public String department;
    public int rank;
    public boolean active;
    @Version
    public long version;

    protected Staff() {
    }

    /**
     * The version of the event announcing the change just flushed: the JPA version counts this staff member's
     * changes from 0 and each change is announced once, so counted from 1 it is the aggregate's own version.
     */
    public long eventVersion() {
        return version + 1;
    }

    public Staff(String id, String name, String department, int rank) {
        this.id = id;
        this.name = name;
        this.department = department;
        this.rank = rank;
        this.active = true;
    }
}
