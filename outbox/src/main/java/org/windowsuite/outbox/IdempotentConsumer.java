package org.windowsuite.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.windowsuite.contracts.DomainEvent;

/**
 * Applies an event's effect exactly once: the event id goes into the inbox in the same transaction as the
 * effect, so a redelivery changes nothing. Unreadable messages fail at once (to the dead-letter topic);
 * anything else (a database hiccup, a lock conflict) is retried before it is given up as poison.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final int ATTEMPTS = 5;

    private final EventReader reader;
    private final Inbox inbox;

    public IdempotentConsumer(EventReader reader, Inbox inbox) {
        this.reader = reader;
        this.inbox = inbox;
    }

    public <T extends DomainEvent> void consume(String consumer, String json, Class<T> type, Consumer<T> effect) {
        T event = reader.read(json, type);
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(consumer, event.eventId())) {
                        effect.accept(event);
                    }
                });
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || e instanceof PoisonMessageException) {
                    throw e;
                }
                LOG.warnf("%s: %s %s failed (attempt %d), retrying: %s", consumer, event.type(), event.eventId(),
                        attempt, e.getMessage());
                sleep(200L * attempt);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }
}
