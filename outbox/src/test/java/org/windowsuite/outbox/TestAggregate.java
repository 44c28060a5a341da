package org.windowsuite.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The state change that travels with its event in these tests. */
@Entity
@Table(name = "test_aggregate")
public class TestAggregate extends PanacheEntityBase {
    @Id
    public String id;
    public String state;
}
