package org.windowsuite.deadline.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What happened to a clock besides its own row: pauses, extensions, and the transitions already announced. */
@ApplicationScoped
public class ClockRecords {

    public record Pause(Instant pausedAt, Instant resumedAt, String reason, Integer lostDays) {
    }

    public record Extension(int days, String reason, String grantedBy, Instant grantedAt) {
    }

    private final EntityManager em;

    public ClockRecords(EntityManager em) {
        this.em = em;
    }

    public void paused(UUID clockId, Instant at, String reason) {
        em.createNativeQuery("insert into clock_pause (clock_id, paused_at, reason) values (?1, ?2, ?3)")
                .setParameter(1, clockId).setParameter(2, at).setParameter(3, reason).executeUpdate();
    }

    public void resumed(UUID clockId, Instant at, int lostDays) {
        em.createNativeQuery("update clock_pause set resumed_at = ?1, lost_days = ?2 "
                + "where clock_id = ?3 and resumed_at is null")
                .setParameter(1, at).setParameter(2, lostDays).setParameter(3, clockId).executeUpdate();
    }

    public void extended(UUID clockId, int days, String reason, String grantedBy, Instant at) {
        em.createNativeQuery("insert into clock_extension (clock_id, days, reason, granted_by, granted_at) "
                + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, clockId).setParameter(2, days)
                .setParameter(3, reason).setParameter(4, grantedBy).setParameter(5, at).executeUpdate();
    }

    /** Claims a transition (a WARNING, an OVERDUE, a day's REMINDER) once: false if it was claimed already. */
    public boolean claim(UUID clockId, String transition, Instant at) {
        return em.createNativeQuery("insert into clock_transition (clock_id, transition, at) values (?1, ?2, ?3) "
                + "on conflict do nothing").setParameter(1, clockId).setParameter(2, transition).setParameter(3, at)
                .executeUpdate() == 1;
    }

    public List<Pause> pauses(UUID clockId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select paused_at, resumed_at, reason, lost_days from clock_pause "
                + "where clock_id = ?1 order by id").setParameter(1, clockId).getResultList();
        return rows.stream().map(r -> new Pause(instant(r[0]), instant(r[1]), (String) r[2],
                r[3] == null ? null : ((Number) r[3]).intValue())).toList();
    }

    public List<Extension> extensions(UUID clockId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select days, reason, granted_by, granted_at from clock_extension "
                + "where clock_id = ?1 order by id").setParameter(1, clockId).getResultList();
        return rows.stream().map(r -> new Extension(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                instant(r[3]))).toList();
    }

    private static Instant instant(Object t) {
        if (t == null) {
            return null;
        }
        return t instanceof Instant i ? i : t instanceof OffsetDateTime odt ? odt.toInstant() : ((Timestamp) t).toInstant();
    }
}
