package org.windowsuite.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Idempotent consumption: the event id is recorded in the consumer's transaction under a unique key, so a
 * redelivered event is recognised and its effect is not applied twice.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** True the first time {@code consumer} sees {@code eventId}; false for a duplicate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        int inserted = em.createNativeQuery("insert into processed_event (consumer, event_id) values (?1, ?2) "
                        + "on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        return inserted == 1;
    }
}
