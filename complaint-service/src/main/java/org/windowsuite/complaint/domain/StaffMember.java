package org.windowsuite.complaint.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** complaint-service's copy of a staff member, kept from roster.staff.v1; rank decides FI-1 ownership. */
@Entity
@Table(name = "staff_directory")
public class StaffMember extends PanacheEntityBase {
    @Id
    @Column(name = "staff_id")
    public String staffId;
    public String name;
    public String department;
    public int rank;
    public boolean active;
    public long version;
}
