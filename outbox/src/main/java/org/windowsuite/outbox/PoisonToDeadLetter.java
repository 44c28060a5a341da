package org.windowsuite.outbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The failure strategy of every consumed channel ({@code failure-strategy=poison-to-dlq}): a poison message goes to
 * the channel's dead-letter topic with the reason in its headers (SmallRye's dead-letter handler), anything else stops
 * the channel without committing, so the record is read again after a restart. Infrastructure faults never reach
 * here: {@link IdempotentConsumer} retries them until they clear; what does arrive otherwise is a shutdown.
 */
@ApplicationScoped
@Identifier(PoisonToDeadLetter.STRATEGY)
public class PoisonToDeadLetter implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "poison-to-dlq";

    private final KafkaFailureHandler.Factory deadLetter;
    private final KafkaFailureHandler.Factory fail;

    public PoisonToDeadLetter(@Identifier("dead-letter-queue") KafkaFailureHandler.Factory deadLetter,
            @Identifier("fail") KafkaFailureHandler.Factory fail) {
        this.deadLetter = deadLetter;
        this.fail = fail;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler toDeadLetter = deadLetter.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler stop = fail.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return poison(reason) ? toDeadLetter.handle(record, reason, metadata)
                        : stop.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                toDeadLetter.terminate();
                stop.terminate();
            }
        };
    }

    private static boolean poison(Throwable reason) {
        for (Throwable t = reason; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonMessageException) {
                return true;
            }
        }
        return false;
    }
}
