package org.windowsuite.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes {@code outbox_event} rows to Kafka in id order, keyed by aggregate id, and marks them published
 * only after the broker acknowledged them ({@code acks=all}, idempotent producer). One replica relays at a
 * time: the batch runs under a transaction-scoped advisory lock, so replicas never send the same rows
 * concurrently and per-aggregate order holds. A crash between send and mark re-sends; consumers deduplicate.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key shared by all replicas of one service (each service has its own database). */
    static final long RELAY_LOCK = 0x0b7b0c5L;

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final KafkaClientSettings kafka;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private volatile KafkaProducer<String, String> producer;

    public OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, KafkaClientSettings kafka) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafka = kafka;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wake();
    }

    /** Catches up after a broker outage or a crash; the commit hook makes the usual path immediate. */
    @Scheduled(every = "${outbox.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        wake();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "delete from outbox_event where published_at < now() - make_interval(secs => ?)")) {
            ps.setLong(1, config.retention().toSeconds());
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("outbox purge failed: %s", e.getMessage());
        }
    }

    public void wake() {
        if (!worker.isShutdown() && wakeRequested.compareAndSet(false, true)) {
            worker.submit(this::drain);
        }
    }

    private void drain() {
        wakeRequested.set(false);
        try {
            while (relayBatch() == config.batchSize()) {
                // a full batch means more may be waiting
            }
        } catch (Exception e) {
            LOG.warnf("outbox relay paused, will retry: %s", e.toString());
        }
    }

    /** Publishes one batch; returns how many events it published (0 when another replica holds the lock). */
    public int relayBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int published = relayBatch(c);
                c.commit();
                return published;
            } catch (Exception e) {
                c.rollback();
                discardProducer();
                throw e;
            }
        }
    }

    private int relayBatch(Connection c) throws Exception {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select id, event_id, topic, aggregate_id, event_type, "
                + "payload::text from outbox_event where published_at is null order by id limit ?")) {
            select.setInt(1, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                KafkaProducer<String, String> p = producer();
                while (rs.next()) {
                    ProducerRecord<String, String> record = new ProducerRecord<>(rs.getString(3), rs.getString(4),
                            rs.getString(6));
                    record.headers().add("eventId", rs.getString(2).getBytes(StandardCharsets.UTF_8));
                    record.headers().add("eventType", rs.getString(5).getBytes(StandardCharsets.UTF_8));
                    ids.add(rs.getLong(1));
                    acks.add(p.send(record));
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        try (PreparedStatement mark = c.prepareStatement(
                "update outbox_event set published_at = now() where id = any(?)")) {
            mark.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            mark.executeUpdate();
        }
        return ids.size();
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            // the same kafka.* settings (TLS, SASL) as every channel, then what the relay's guarantees need
            Properties props = kafka.properties();
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
            props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    /**
     * After a failed batch the producer may still hold its records and deliver them once the broker is back, while
     * the rows stay unpublished and go out again: drop them with the producer, so the retry is (nearly always) the
     * only send. A record already on the wire when its acknowledgement was lost can still arrive twice.
     */
    private void discardProducer() {
        KafkaProducer<String, String> p = producer;
        producer = null;
        if (p != null) {
            p.close(java.time.Duration.ZERO);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
