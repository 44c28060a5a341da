package org.windowsuite.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** OTN-2: a matter this station does not handle, and which unit and person do. */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {
    @Id
    public String code;
    public String matter;
    public String unit;
    public String handler;
    public String phone;
    public String address;
}
