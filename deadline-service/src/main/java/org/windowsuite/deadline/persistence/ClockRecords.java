package org.windowsuite.deadline.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.windowsuite.deadline.domain.ClockHistory;

/** The clock_pause, clock_extension and clock_transition tables behind {@link ClockHistory}. */
@ApplicationScoped
public class ClockRecords implements ClockHistory {

    private final EntityManager em;

    public ClockRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public void paused(UUID clockId, Instant at, String reason) {
        em.createNativeQuery("insert into clock_pause (clock_id, paused_at, reason) values (?1, ?2, ?3)")
                .setParameter(1, clockId).setParameter(2, at).setParameter(3, reason).executeUpdate();
    }

    @Override
    public void resumed(UUID clockId, Instant at, int lostDays) {
        em.createNativeQuery("update clock_pause set resumed_at = ?1, lost_days = ?2 "
                + "where clock_id = ?3 and resumed_at is null")
                .setParameter(1, at).setParameter(2, lostDays).setParameter(3, clockId).executeUpdate();
    }

    @Override
    public void extended(UUID clockId, int days, String reason, String grantedBy, Instant at) {
        em.createNativeQuery("insert into clock_extension (clock_id, days, reason, granted_by, granted_at) "
                + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, clockId).setParameter(2, days)
                .setParameter(3, reason).setParameter(4, grantedBy).setParameter(5, at).executeUpdate();
    }

    @Override
    public boolean claim(UUID clockId, String transition, Instant at) {
        return em.createNativeQuery("insert into clock_transition (clock_id, transition, at) values (?1, ?2, ?3) "
                + "on conflict do nothing").setParameter(1, clockId).setParameter(2, transition).setParameter(3, at)
                .executeUpdate() == 1;
    }

    @Override
    public List<Pause> pauses(UUID clockId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select paused_at, resumed_at, reason, lost_days from clock_pause "
                + "where clock_id = ?1 order by id").setParameter(1, clockId).getResultList();
        return rows.stream().map(r -> new Pause(instant(r[0]), instant(r[1]), (String) r[2],
                r[3] == null ? null : ((Number) r[3]).intValue())).toList();
    }

    @Override
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
