package org.windowsuite.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A constant offered rate, whatever the answers do: request i is due at start + i / rate and is sent then (or as soon
 * as a connection is free, if all are busy), and its latency is counted from when it was due — so a stall shows as
 * the latency of every request it delayed, never hidden by sending fewer (no coordinated omission). Like wrk2 it
 * holds a fixed number of keep-alive connections, one thread each, speaking plain HTTP/1.1 over a socket: the
 * generator shares the machine with the stack it measures, so it must cost little CPU.
 */
final class ConstantRate {

    /** One step's outcome: latencies in nanoseconds from each request's due time, answers by status (0: no answer). */
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

    /** Requests in flight at most: a client's connection pool. */
    static final int CONNECTIONS = 64;

    /**
     * @param body a fresh request body per call
     * @param onAccepted told of each 201: the new resource's id and when the answer came (System.nanoTime)
     */
    Step run(URI target, String token, Supplier<String> body, int rate, Duration duration,
            BiConsumer<String, Long> onAccepted) throws InterruptedException {
        int total = (int) (rate * duration.toMillis() / 1000);
        long[] latencies = new long[total];
        int[] statuses = new int[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        Thread[] workers = new Thread[Math.min(CONNECTIONS, total)];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Thread(() -> {
                Connection connection = null;
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * interval;
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    int status;
                    String answer = null;
                    try {
                        if (connection == null) {
                            connection = new Connection(target);
                        }
                        status = connection.post(target, token, body.get());
                        answer = connection.body;
                        if (!connection.keepAlive) {
                            connection.close();
                            connection = null;
                        }
                    } catch (IOException | RuntimeException e) {
                        // no answer, or one that is not HTTP: counted as status 0
                        status = 0;
                        if (connection != null) {
                            connection.close();
                            connection = null;
                        }
                    }
                    long now = System.nanoTime();
                    latencies[i] = now - due;
                    statuses[i] = status;
                    if (status == 201) {
                        accepted.incrementAndGet();
                        int at = answer.indexOf("\"id\":\"");
                        if (at >= 0) {
                            onAccepted.accept(answer.substring(at + 6, answer.indexOf('"', at + 6)), now);
                        }
                    }
                }
                if (connection != null) {
                    connection.close();
                }
            }, "load-" + w);
            workers[w].setDaemon(true);
            workers[w].start();
        }
        long patience = System.nanoTime() + duration.toNanos() + TimeUnit.SECONDS.toNanos(60);
        for (Thread worker : workers) {
            worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(patience - System.nanoTime())));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<Integer, Integer> byStatus = new HashMap<>();
        int answered = Math.min(next.get(), total);
        for (int i = 0; i < answered; i++) {
            byStatus.merge(statuses[i], 1, Integer::sum);
        }
        long[] sorted = Arrays.copyOf(latencies, answered);
        Arrays.sort(sorted);
        return new Step(rate, accepted.get() / seconds, sorted, byStatus, accepted.get());
    }

    /** One keep-alive HTTP/1.1 connection; enough of the protocol for JSON answers, fixed-length or chunked. */
    private static final class Connection {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        String body;
        boolean keepAlive;

        Connection(URI target) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
        }

        int post(URI target, String token, String json) throws IOException {
            byte[] content = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":"
                    + target.getPort() + "\r\nAuthorization: " + token + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + content.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            String statusLine = line();
            if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
                throw new IOException("no HTTP answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            keepAlive = true;
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    keepAlive = false;
                }
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    received.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length >= 0) {
                received.write(in.readNBytes(length));
            } else {
                received.write(in.readAllBytes());
                keepAlive = false;
            }
            body = received.toString(StandardCharsets.UTF_8);
            return status;
        }

        private String line() throws IOException {
            StringBuilder s = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    return s.isEmpty() ? null : s.toString();
                }
                if (c != '\r') {
                    s.append((char) c);
                }
            }
            return s.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that failed: nothing more to learn
            }
        }
    }
}
