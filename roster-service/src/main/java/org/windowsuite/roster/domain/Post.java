package org.windowsuite.roster.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;

/** A window post; its version guards the roster against lost concurrent edits. */
@Entity
@Table(name = "post")
public class Post extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    public String department;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "post_service_item", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "item_code")
    public Set<String> serviceItems = new LinkedHashSet<>();
    @Version
    public long version;

    protected Post() {
    }

    public Post(String id, String name, String department, Set<String> serviceItems) {
        this.id = id;
        this.name = name;
        this.department = department;
        this.serviceItems = new LinkedHashSet<>(serviceItems);
    }
}
