package org.windowsuite.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        applyAlone(consumer, event, effect);
    }

    /** A record of a poll that cannot be applied, by its position in the poll; it goes to the dead-letter topic. */
    public record Rejected(int position, PoisonMessageException reason) {
    }

    /**
     * Applies a poll's records in one transaction, each event once through the inbox and in the order given (a
     * partition's order, so an aggregate's events keep theirs): one commit for the poll instead of one per event is
     * what lets a consumer keep up with intake (issue 15). When the poll's transaction fails, for whatever reason, its
     * events are applied one by one, each retried until an infrastructure fault clears, so that only an event that
     * fails on its own is rejected; unreadable records are rejected before.
     * The caller dead-letters the rejected and commits the poll.
     */
    public <T extends DomainEvent> List<Rejected> consumeAll(String consumer, List<String> jsons, Class<T> type,
            Predicate<T> concerns, Consumer<T> effect) {
        List<Rejected> rejected = new ArrayList<>();
        List<T> events = new ArrayList<>(jsons.size());
        List<Integer> positions = new ArrayList<>(jsons.size());
        for (int i = 0; i < jsons.size(); i++) {
            try {
                T event = reader.read(jsons.get(i), type);
                if (concerns.test(event)) {
                    events.add(event);
                    positions.add(i);
                }
            } catch (PoisonMessageException unreadable) {
                health.deadLettered(consumer);
                rejected.add(new Rejected(i, unreadable));
            }
        }
        if (events.isEmpty()) {
            return rejected;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> events.forEach(event -> applyOnce(consumer, event, effect)));
            health.cleared(consumer);
            return rejected;
        } catch (RuntimeException pollFailed) {
            // whatever failed the poll, its events now go one by one, each retried until an infrastructure fault
            // clears: no attempt is capped, and only an event that fails on its own is rejected
            LOG.debugf("%s: a poll of %d events failed, applying them one by one: %s", consumer, events.size(),
                    pollFailed);
        }
        for (int i = 0; i < events.size(); i++) {
            try {
                applyAlone(consumer, events.get(i), effect);
            } catch (PoisonMessageException e) {
                rejected.add(new Rejected(positions.get(i), e));
            }
        }
        rejected.sort(Comparator.comparingInt(Rejected::position));
        return rejected;
    }

    public <T extends DomainEvent> List<Rejected> consumeAll(String consumer, List<String> jsons, Class<T> type,
            Consumer<T> effect) {
        return consumeAll(consumer, jsons, type, event -> true, effect);
    }

    /** One event in a transaction of its own; what fails other than by an infrastructure fault is poison. */
    private <T extends DomainEvent> void applyAlone(String consumer, T event, Consumer<T> effect) {
        try {
            untilClear(consumer, event.type() + " " + event.eventId(), () -> applyOnce(consumer, event, effect));
        } catch (ShuttingDown e) {
            throw e;
        } catch (RuntimeException e) {
            health.deadLettered(consumer);
            throw poison(consumer, e);
        }
    }

    private <T extends DomainEvent> void applyOnce(String consumer, T event, Consumer<T> effect) {
        if (inbox.firstDelivery(consumer, event.eventId())) {
            effect.accept(event);
        }
    }

    /** Runs {@code work} in a new transaction, retrying infrastructure faults until they clear; rethrows the rest. */
    private void untilClear(String consumer, String what, Runnable work) {
        long backoff = FIRST_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(work);
                health.cleared(consumer);
                return;
            } catch (RuntimeException e) {
                if (!InfrastructureFaults.isTransient(e)) {
                    health.cleared(consumer);
                    throw e;
                }
                health.retrying(consumer, e);
                if (attempt == 1 || attempt % 20 == 0) {
                    LOG.warnf("%s: %s hit an infrastructure fault (attempt %d), retrying until it clears: %s",
                            consumer, what, attempt, e);
                }
                sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    private static PoisonMessageException poison(String consumer, RuntimeException e) {
        return e instanceof PoisonMessageException poison ? poison
                : new PoisonMessageException("cannot be applied by " + consumer + ": " + e, e);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShuttingDown(e);
        }
    }

    /** Interrupted while waiting out a fault: not poison, so the channel stops without committing the record. */
    private static final class ShuttingDown extends IllegalStateException {
        ShuttingDown(InterruptedException cause) {
            super("interrupted while retrying an event", cause);
        }
    }
}
