package org.windowsuite.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which department a member of staff belongs to, as roster-service announced it. */
@Entity
@Table(name = "staff_department")
public class StaffDepartment extends PanacheEntityBase {
    @Id
    @Column(name = "staff_id")
    public String staffId;
    public String department;
    public boolean active;
    public long version;
}
