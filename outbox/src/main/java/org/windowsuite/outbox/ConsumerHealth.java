package org.windowsuite.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Which consumers are held up by an infrastructure fault right now (readiness reports them), and the counters
 * operators alert on: {@code window_consumer_retries_total} and {@code window_consumer_dead_lettered_total}, both
 * tagged with the consumer.
 */
@ApplicationScoped
public class ConsumerHealth {

    record Stall(Instant since, String reason) {
    }

    private final MeterRegistry registry;
    private final Map<String, Stall> stalled = new ConcurrentHashMap<>();

    public ConsumerHealth(MeterRegistry registry) {
        this.registry = registry;
    }

    void retrying(String consumer, Throwable failure) {
        stalled.computeIfAbsent(consumer, c -> new Stall(Instant.now(), String.valueOf(failure)));
        counter("window_consumer_retries_total", consumer).increment();
    }

    void cleared(String consumer) {
        stalled.remove(consumer);
    }

    void deadLettered(String consumer) {
        counter("window_consumer_dead_lettered_total", consumer).increment();
    }

    private Counter counter(String name, String consumer) {
        return Counter.builder(name).tag("consumer", consumer).register(registry);
    }

    /** DOWN while any consumer retries an infrastructure fault, naming them (see {@link ConsumerReadiness}). */
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event consumers").status(stalled.isEmpty());
        stalled.forEach((consumer, stall) -> response.withData(consumer, "retrying since " + stall.since() + ": "
                + stall.reason()));
        return response.build();
    }
}
