package org.windowsuite.outbox;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Settles a consumed poll ({@code batch=true} channels) once {@link IdempotentConsumer#consumeAll} applied it. */
public final class Polls {

    private Polls() {
    }

    /**
     * Each rejected record goes to the dead-letter topic through the channel's failure strategy, one after the other;
     * only when they are all there is the poll acknowledged, which commits its offsets. A dead-letter write that fails
     * fails the poll: the channel stops without committing it, and it is read again after a restart.
     */
    public static CompletionStage<Void> settle(KafkaRecordBatch<String, String> poll,
            List<IdempotentConsumer.Rejected> rejected) {
        List<KafkaRecord<String, String>> records = poll.getRecords();
        CompletionStage<Void> deadLettered = CompletableFuture.completedFuture(null);
        for (IdempotentConsumer.Rejected r : rejected) {
            KafkaRecord<String, String> record = records.get(r.position());
            deadLettered = deadLettered.thenCompose(done -> record.nack(r.reason()));
        }
        return deadLettered.thenCompose(done -> poll.ack());
    }
}
