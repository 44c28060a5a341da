package org.windowsuite.intake.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.windowsuite.intake.domain.IdempotencyKeys;

/** The idempotency_key table behind {@link IdempotencyKeys}. */
@ApplicationScoped
public class IdempotencyKeyTable implements IdempotencyKeys {

    private final EntityManager em;

    public IdempotencyKeyTable(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Use> find(String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, application_id from idempotency_key "
                + "where key = ?1").setParameter(1, key).getResultList();
        return rows.stream().findFirst().map(r -> new Use((String) r[0], (UUID) r[1]));
    }

    @Override
    public void remember(String key, String requestHash, UUID applicationId, Instant at) {
        em.createNativeQuery("insert into idempotency_key (key, request_hash, application_id, created_at) "
                + "values (?1, ?2, ?3, ?4)").setParameter(1, key).setParameter(2, requestHash)
                .setParameter(3, applicationId).setParameter(4, at).executeUpdate();
    }
}
