package org.windowsuite.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import org.windowsuite.contracts.DomainEvent;

/**
 * Writes an event into {@code outbox_event} inside the caller's transaction, so the state change and its
 * event commit or roll back together. Nothing is sent to Kafka here: {@link OutboxRelay} does that after commit.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Event<OutboxWritten> written;

    public Outbox(EntityManager em, ObjectMapper mapper, Event<OutboxWritten> written) {
        this.em = em;
        this.mapper = mapper;
        this.written = written;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, DomainEvent event) {
        String payload;
        try {
            payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.type() + " cannot be serialised", e);
        }
        em.createNativeQuery("insert into outbox_event (event_id, topic, aggregate_id, event_type, payload) "
                        + "values (?1, ?2, ?3, ?4, cast(?5 as jsonb))")
                .setParameter(1, event.eventId())
                .setParameter(2, topic)
                .setParameter(3, event.aggregateId())
                .setParameter(4, event.type())
                .setParameter(5, payload)
                // the row stands alone (no key into mapped tables): no need to flush, and dirty-check, the session first
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        written.fire(new OutboxWritten(topic));
    }
}
