package org.windowsuite.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.contracts.Topics;

/**
 * The operator's repair after a fix: reads {@code <topic>.dlq} from its beginning to its end as it is now and feeds
 * every message to this service's consumer of {@code topic} again. Safe to repeat: the consumer's inbox applies an
 * event once, whatever the number of deliveries; a message still unreadable is counted and left where it is.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    private static final Duration READ_LIMIT = Duration.ofMinutes(2);
    private static final int REASONS_SHOWN = 10;

    /** What a replay did: every message read was fed to the consumer, except those still unreadable. */
    public record Outcome(String topic, String deadLetterTopic, int read, int replayed, int unreadable,
            List<String> unreadableReasons) {
    }

    private final Instance<TopicHandlers> adapters;
    private final KafkaClientSettings kafka;

    public DeadLetterReplay(Instance<TopicHandlers> adapters, KafkaClientSettings kafka) {
        this.adapters = adapters;
        this.kafka = kafka;
    }

    public Outcome replay(String topic) {
        Consumer<String> handler = adapters.stream().map(TopicHandlers::byTopic).map(m -> m.get(topic))
                .filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new NotFoundException("this service does not consume " + topic));
        String deadLetters = topic + Topics.DEAD_LETTER_SUFFIX;
        Properties props = kafka.properties();
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-replay");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        int read = 0;
        int unreadable = 0;
        List<String> reasons = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(deadLetters, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return new Outcome(topic, deadLetters, 0, 0, 0, List.of());
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            // what is dead-lettered while the replay runs waits for the next one
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            long deadline = System.nanoTime() + READ_LIMIT.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + deadLetters + " to its end within " + READ_LIMIT);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue;
                    }
                    read++;
                    try {
                        handler.accept(r.value());
                    } catch (PoisonMessageException still) {
                        unreadable++;
                        if (reasons.size() < REASONS_SHOWN) {
                            reasons.add(r.partition() + "@" + r.offset() + ": " + still.getMessage());
                        }
                    }
                }
            }
        }
        LOG.infof("replayed %s into the consumer of %s: %d read, %d still unreadable", deadLetters, topic, read,
                unreadable);
        return new Outcome(topic, deadLetters, read, read - unreadable, unreadable, reasons);
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
