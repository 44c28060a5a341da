package org.windowsuite.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A constant offered rate, whatever the answers do: request i is due at start + i / rate and is sent then (or at
 * once, if the sender fell behind), and its latency is counted from when it was due — so a stall shows as the
 * latency of every request it delayed, never hidden by sending fewer (no coordinated omission).
 */
final class ConstantRate {

    /** One step's outcome: latencies in nanoseconds from each request's due time, answers by status. */
    record Step(int offered, double achieved, long[] latencies, Map<Integer, Integer> statuses, int accepted) {

        long percentile(double p) {
            if (latencies.length == 0) {
                return 0;
            }
            return latencies[Math.min(latencies.length - 1, (int) Math.ceil(p * latencies.length) - 1)];
        }

        int errors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() != 201).mapToInt(Map.Entry::getValue).sum();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param body a fresh request body per call
     * @param onAccepted told of each 201: the new resource's id and when the answer came (System.nanoTime)
     */
    Step run(URI target, String token, Supplier<String> body, int rate, Duration duration,
            BiConsumer<String, Long> onAccepted) throws InterruptedException {
        int total = (int) (rate * duration.toMillis() / 1000);
        long[] latencies = new long[total];
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger accepted = new AtomicInteger();
        CountDownLatch all = new CountDownLatch(total);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int slot = i;
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                    .header("Authorization", token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.get())).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long now = System.nanoTime();
                latencies[slot] = now - due;
                int status = error != null ? 0 : response.statusCode();
                statuses.merge(status, 1, Integer::sum);
                if (status == 201) {
                    accepted.incrementAndGet();
                    String text = response.body();
                    int at = text.indexOf("\"id\":\"");
                    if (at >= 0) {
                        onAccepted.accept(text.substring(at + 6, text.indexOf('"', at + 6)), now);
                    }
                }
                all.countDown();
            });
        }
        all.await(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.clone();
        java.util.Arrays.sort(sorted);
        return new Step(rate, accepted.get() / seconds, sorted, statuses, accepted.get());
    }
}
