package org.windowsuite.outbox.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.windowsuite.common.Actor;

/**
 * The append-only record of who did what: written in the transaction of the act itself, so an act that rolls back
 * leaves no entry and no act commits without one. Nothing here updates or deletes, and the table refuses it.
 */
@ApplicationScoped
public class AuditTrail {

    /** Most entries one question returns. */
    public static final int MAX_ENTRIES = 1000;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;

    public AuditTrail(EntityManager em, ObjectMapper mapper, Clock clock) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAct act) {
        em.createNativeQuery("insert into audit_entry (at, actor, role, acting_for, action, subject, before, after) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), cast(?8 as jsonb))")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, actor.staffId())
                .setParameter(3, act.role() != null ? act.role() : actor.role())
                .setParameter(4, act.actingFor())
                .setParameter(5, act.action())
                .setParameter(6, act.subject())
                .setParameter(7, json(act.before()))
                .setParameter(8, json(act.after()))
                // a row of its own: no flush (and dirty check of the whole session) needed before it
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    /** The acts on a subject, or by an actor (either may be null, not both), oldest first. */
    public List<AuditEntry> find(String subject, String actor, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, at, actor, role, acting_for, action, subject, "
                        + "cast(before as text), cast(after as text) from audit_entry "
                        + "where (cast(?1 as varchar) is null or subject = ?1) "
                        + "and (cast(?2 as varchar) is null or actor = ?2) order by seq limit ?3")
                .setParameter(1, subject)
                .setParameter(2, actor)
                .setParameter(3, Math.min(limit, MAX_ENTRIES))
                .getResultList();
        return rows.stream().map(r -> new AuditEntry(((Number) r[0]).longValue(), at(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], node((String) r[7]),
                node((String) r[8]))).toList();
    }

    private static OffsetDateTime at(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private String json(Map<String, ?> summary) {
        if (summary == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit summary cannot be written as JSON", e);
        }
    }

    private JsonNode node(String json) {
        try {
            return json == null ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit summary is not JSON", e);
        }
    }
}
