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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long after intake's 201 the rest of the suite has caught up, for every n-th accepted application: until
 * deadline-service holds both clocks, and until intake shows both due dates (deadline-service's answer, back over
 * Kafka). About five applications a second are sampled, so following them costs the stack little.
 */
final class DownstreamLag implements AutoCloseable {

    record Lags(long[] clocks, long[] dueDates, int unresolved) {
    }

    private record Pending(String id, long acceptedAt, long[] clocksAt, long[] dueAt, AtomicBoolean inFlight) {
    }

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
            pending.put(id, new Pending(id, at, new long[1], new long[1], new AtomicBoolean()));
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
     * Every 20 ms, asks about each sampled application that has no question outstanding, all at once; a condition
     * counts as met when the answer that shows it arrives, so the figure overstates the lag by at most one round trip.
     */
    private void poll() {
        while (running) {
            for (Pending p : List.copyOf(pending.values())) {
                if (p.inFlight().compareAndSet(false, true)) {
                    check(p);
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void check(Pending p) {
        CompletableFuture<Void> clocks = p.clocksAt()[0] != 0 ? CompletableFuture.completedFuture(null)
                : get("/api/deadlines/clocks?subjectType=CASE&subjectId=" + p.id()).thenAccept(body -> {
                    if (body.split("\"kind\"", -1).length - 1 >= 2) {
                        p.clocksAt()[0] = System.nanoTime();
                    }
                });
        CompletableFuture<Void> due = p.dueAt()[0] != 0 ? CompletableFuture.completedFuture(null)
                : get("/api/intake/applications/" + p.id()).thenAccept(body -> {
                    if (body.contains("\"promisedDue\":\"") && body.contains("\"statutoryDue\":\"")) {
                        p.dueAt()[0] = System.nanoTime();
                    }
                });
        CompletableFuture.allOf(clocks, due).whenComplete((ok, error) -> {
            if (p.clocksAt()[0] != 0 && p.dueAt()[0] != 0 && pending.remove(p.id()) != null) {
                synchronized (done) {
                    done.add(p);
                }
            }
            p.inFlight().set(false);
        });
    }

    private CompletableFuture<String> get(String path) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", token)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(HttpResponse::body).exceptionally(error -> "");
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
