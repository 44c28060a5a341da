package org.windowsuite.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a service item: everything OTN-1 says the window must tell in one go. */
@Entity
@Table(name = "service_item")
public class ServiceItem extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "code") String code, @Column(name = "version") int version)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;
    public boolean current;
    public String name;
    public String department;
    public String basis;
    @Column(name = "promised_days")
    public int promisedDays;
    @Column(name = "statutory_days")
    public int statutoryDays;
    @Column(name = "max_extension_days")
    public int maxExtensionDays;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "procedure_steps")
    public List<String> procedure;
    public String fees;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Material> materials;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "refusal_grounds")
    public List<RefusalGround> refusalGrounds;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> posts;
    @Column(name = "consultation_phone")
    public String consultationPhone;
    @Column(name = "on_the_spot")
    public boolean onTheSpot;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    public String code() {
        return key.code();
    }

    public int version() {
        return key.version();
    }
}
