package org.windowsuite.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jboss.logging.Logger;
import org.windowsuite.common.InfrastructureFaults;
import org.windowsuite.contracts.DomainEvent;

/**
 * Applies an event's effect exactly once: the event id goes into the inbox in the same transaction as the
 * effect, so a redelivery changes nothing.
 *
 * <p>Failures: an unreadable message, or one the code fails on every time, is {@link PoisonMessageException} and
 * goes to the dead-letter topic at once ({@link PoisonToDeadLetter}). An infrastructure fault (database away, lock
 * or serialization conflict) is retried with capped exponential backoff for as long as it lasts: the consumer does
 * not move past the record, so nothing is committed beyond it and order per partition holds, readiness reports the
 * stall and {@code window_consumer_retries_total} counts it.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final long FIRST_BACKOFF_MS = 100;
    private static final long MAX_BACKOFF_MS = 5_000;

    private final EventReader reader;
    private final Inbox inbox;
    private final ConsumerHealth health;

    public IdempotentConsumer(EventReader reader, Inbox inbox, ConsumerHealth health) {
        this.reader = reader;
        this.inbox = inbox;
        this.health = health;
    }

    public <T extends DomainEvent> void consume(String consumer, String json, Class<T> type, Consumer<T> effect) {
        consume(consumer, json, type, event -> true, effect);
    }

    /**
     * The same, for a topic most of whose events have no effect here (issue 15): an event {@code concerns} rules out
     * is passed over without a transaction or an inbox row, since there is no effect to apply once. The predicate is
     * the domain's: it must be true for every event the effect would change anything for.
     */
    public <T extends DomainEvent> void consume(String consumer, String json, Class<T> type, Predicate<T> concerns,
            Consumer<T> effect) {
        T event;
        try {
            event = reader.read(json, type);
        } catch (PoisonMessageException unreadable) {
            health.deadLettered(consumer);
            throw unreadable;
        }
        if (!concerns.test(event)) {
            return;
        }
        long backoff = FIRST_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(consumer, event.eventId())) {
                        effect.accept(event);
                    }
                });
                health.cleared(consumer);
                return;
            } catch (RuntimeException e) {
                if (!InfrastructureFaults.isTransient(e)) {
                    health.cleared(consumer);
                    health.deadLettered(consumer);
                    throw e instanceof PoisonMessageException poison ? poison : new PoisonMessageException(
                            "cannot be applied by " + consumer + ": " + e, e);
                }
                health.retrying(consumer, e);
                if (attempt == 1 || attempt % 20 == 0) {
                    LOG.warnf("%s: %s %s hit an infrastructure fault (attempt %d), retrying until it clears: %s",
                            consumer, event.type(), event.eventId(), attempt, e);
                }
                sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // shutting down: not poison, so the failure strategy stops the channel without committing the record
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }
}
