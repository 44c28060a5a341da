package org.windowsuite.intake.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Idempotency-Keys of applications: which request each key was used for and what it made. */
@ApplicationScoped
public class IdempotencyKeys {

    /** What a key was first used for. */
    public record Use(String requestHash, UUID applicationId) {
    }

    private final EntityManager em;

    public IdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    public Optional<Use> find(String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, application_id from idempotency_key "
                + "where key = ?1").setParameter(1, key).getResultList();
        return rows.stream().findFirst().map(r -> new Use((String) r[0], (UUID) r[1]));
    }

    public void remember(String key, String requestHash, UUID applicationId, Instant at) {
        em.createNativeQuery("insert into idempotency_key (key, request_hash, application_id, created_at) "
                + "values (?1, ?2, ?3, ?4)").setParameter(1, key).setParameter(2, requestHash)
                .setParameter(3, applicationId).setParameter(4, at).executeUpdate();
    }
}
