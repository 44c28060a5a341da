package org.windowsuite.complaint.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** FI-7: which department answers matters about a service item, a post, or a keyword. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule extends PanacheEntityBase {
    @Id
    public UUID id;
    /** ITEM, POST or KEYWORD. */
    @Column(name = "match_kind")
    public String matchKind;
    public String match;
    public String department;
    @Column(name = "created_by")
    public String createdBy;
}
