package org.windowsuite.systemtests;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service as a real process on a port of its own, which a test can wait for, kill and start again. */
final class ServiceProcess {

    private final String service;
    private final Path jar;
    private final Path log;
    private final Map<String, String> env;
    private final int port;
    private Path directory;
    private Process process;

    ServiceProcess(String service, Path root, Path log, Map<String, String> env) throws IOException {
        this.service = service;
        this.jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        if (!jar.toFile().exists()) {
            throw new IllegalStateException(jar + " is missing: system-tests run after the services are packaged");
        }
        this.log = log;
        this.env = Map.copyOf(env);
        this.port = freePort();
    }

    /** What every test process of a service is told: its database, the broker, the token key; quick ticks. */
    static Map<String, String> environment(String dbUrl, String user, String password, String bootstrap,
            Path publicKey) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("DB_URL", dbUrl);
        env.put("DB_USER", user);
        env.put("DB_PASSWORD", password);
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey);
        env.put("COVERAGE_TICK", "1s");
        env.put("DEADLINE_TICK", "1s");
        env.put("OFFICE_ADJUSTABLE_CLOCK", "true");
        return env;
    }

    /** Runs the service in {@code dir}: Quarkus reads {@code dir/config/application.properties} as well. */
    ServiceProcess workingIn(Path dir) {
        this.directory = dir;
        return this;
    }

    ServiceProcess start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (directory != null) {
            pb.directory(directory.toFile());
        }
        pb.environment().putAll(env);
        pb.environment().put("HTTP_PORT", String.valueOf(port));
        process = pb.start();
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    String service() {
        return service;
    }

    boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(3000);
            return c.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    void awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + "-service exited; see " + log);
            }
            if (ready()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + "-service not ready after " + limit + "; see " + log);
    }

    /** SIGKILL: no shutdown hook, no last commit, as a crash or an OOM kill. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
