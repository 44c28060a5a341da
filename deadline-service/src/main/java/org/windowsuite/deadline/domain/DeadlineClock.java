package org.windowsuite.deadline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One clock of a subject: a number of working days from a start day, minus pauses, plus extensions. */
@Entity
@Table(name = "deadline_clock")
public class DeadlineClock extends PanacheEntityBase {

    public enum Level { ON_TRACK, WARNING, OVERDUE }

    public enum State { RUNNING, PAUSED, STOPPED }

    @Id
    public UUID id;
    @Column(name = "subject_type")
    public String subjectType;
    @Column(name = "subject_id")
    public String subjectId;
    public String kind;
    public String department;
    @Column(name = "post_id")
    public String postId;
    public String holder;
    @Column(name = "acting_for")
    public String actingFor;
    @Column(name = "start_at")
    public Instant startAt;
    @Column(name = "start_day")
    public LocalDate startDay;
    @Column(name = "working_days")
    public int workingDays;
    @Column(name = "extension_days")
    public int extensionDays;
    @Column(name = "max_extension_days")
    public Integer maxExtensionDays;
    @Column(name = "paused_days")
    public int pausedDays;
    @Column(name = "paused_since")
    public Instant pausedSince;
    @Column(name = "due_day")
    public LocalDate dueDay;
    @Column(name = "due_at")
    public Instant dueAt;
    /** The due time counted a provisional day (a year without a published schedule): an estimate until then. */
    @Column(name = "due_provisional")
    public boolean dueProvisional;
    @Column(name = "warn_at")
    public Instant warnAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Level level;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state;
    @Column(name = "stop_reason")
    public String stopReason;
    @Column(name = "next_check_at")
    public Instant nextCheckAt;
    @Column(name = "alert_version")
    public long alertVersion;
    @Version
    public long version;

    protected DeadlineClock() {
    }

    public DeadlineClock(String subjectType, String subjectId, String kind, Instant startAt, LocalDate startDay,
            int workingDays) {
        this.id = UUID.randomUUID();
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.kind = kind;
        this.startAt = startAt;
        this.startDay = startDay;
        this.workingDays = workingDays;
        this.level = Level.ON_TRACK;
        this.state = State.RUNNING;
    }

    /** Working days from the start day to the due day: the limit, what pauses cost, and extensions. */
    public int span() {
        return workingDays + extensionDays + pausedDays;
    }
}
