package org.windowsuite.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long after intake's 201 the rest of the suite has caught up, for every n-th accepted application: until
 * deadline-service holds both clocks, and until intake shows both due dates (deadline-service's answer, back over
 * Kafka). Two applications a second are sampled and asked about at a bounded pace, so following them costs the
 * stack little.
 */
final class DownstreamLag implements AutoCloseable {

    record Lags(long[] clocks, long[] dueDates, int unresolved) {
    }

    private record Pending(String id, long acceptedAt, long[] clocksAt, long[] dueAt, long[] lastAsked) {
    }

    private static final long ASK_EVERY = Duration.ofMillis(50).toNanos();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String token;
    private volatile int every = 20;
    private final AtomicInteger seen = new AtomicInteger();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final List<Pending> done = new ArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    DownstreamLag(String gateway, String token) {
        this.gateway = gateway;
        this.token = token;
        this.poller = new Thread(this::poll, "downstream-lag");
        poller.setDaemon(true);
        poller.start();
    }

    /** Follows every n-th accepted application from now on. */
    void sampleEvery(int n) {
        every = n;
    }

    void accepted(String id, long at) {
        if (seen.incrementAndGet() % every == 0) {
            pending.put(id, new Pending(id, at, new long[1], new long[1], new long[] {at}));
        }
    }

    /** Waits up to {@code patience} for the sampled applications, then reports and starts afresh. */
    Lags collect(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<Pending> finished;
        synchronized (done) {
            finished = new ArrayList<>(done);
            done.clear();
        }
        int unresolved = pending.size();
        pending.clear();
        seen.set(0);
        long[] clocks = finished.stream().mapToLong(p -> p.clocksAt()[0] - p.acceptedAt()).sorted().toArray();
        long[] due = finished.stream().mapToLong(p -> p.dueAt()[0] - p.acceptedAt()).sorted().toArray();
        return new Lags(clocks, due, unresolved);
    }

    static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /**
     * One question at a time, at most one every 25 ms, each sampled application at most every 50 ms: the poller's
     * own load stays a few requests a second whatever the lag, so it cannot inflate what it measures. A condition
     * counts as met when the answer that shows it arrives (overstating the lag by at most that round trip and the
     * time to come round to it).
     */
    private void poll() {
        while (running) {
            long now = System.nanoTime();
            for (Pending p : List.copyOf(pending.values())) {
                if (now - p.lastAsked()[0] >= ASK_EVERY) {
                    p.lastAsked()[0] = now;
                    check(p);
                }
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void check(Pending p) {
        if (p.clocksAt()[0] == 0 && get("/api/deadlines/clocks?subjectType=CASE&subjectId=" + p.id())
                .split("\"kind\"", -1).length - 1 >= 2) {
            p.clocksAt()[0] = System.nanoTime();
        }
        pause();
        if (p.dueAt()[0] == 0) {
            String app = get("/api/intake/applications/" + p.id());
            if (app.contains("\"promisedDue\":\"") && app.contains("\"statutoryDue\":\"")) {
                p.dueAt()[0] = System.nanoTime();
            }
            pause();
        }
        if (p.clocksAt()[0] != 0 && p.dueAt()[0] != 0 && pending.remove(p.id()) != null) {
            synchronized (done) {
                done.add(p);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", token)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
    }

    static String millis(long nanos) {
        return nanos < 0 ? "–" : String.format("%.0f", nanos / 1e6);
    }
}
