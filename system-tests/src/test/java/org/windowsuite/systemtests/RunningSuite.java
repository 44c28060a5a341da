package org.windowsuite.systemtests;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.windowsuite.testing.KafkaBroker;
import org.windowsuite.testing.TestDatabase;
import org.windowsuite.testing.TestKeys;
import org.windowsuite.testing.Tokens;

/**
 * The four packaged services as real processes on free ports, each on its own fresh PostgreSQL database, a real
 * Kafka broker, and the nginx gateway with the routes of deploy/local/gateway.conf in front of them.
 */
final class RunningSuite {

    private static RunningSuite shared;

    /** One suite for all system tests of this JVM, stopped when the JVM ends. */
    static synchronized RunningSuite shared() throws Exception {
        if (shared == null) {
            RunningSuite suite = new RunningSuite();
            Runtime.getRuntime().addShutdownHook(new Thread(suite::stop));
            suite.start();
            shared = suite;
        }
        return shared;
    }

    static final List<String> SERVICES = List.of("roster", "intake", "deadline", "complaint");

    private final Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private final Path work = root.resolve("system-tests/target/suite");
    private final Map<String, TestDatabase> databases = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private TestKeys keys;
    private int gatewayPort;
    private String bootstrap;

    void start() throws Exception {
        Files.createDirectories(work.resolve("gateway/pids"));
        Files.createDirectories(work.resolve("gateway/logs"));
        Files.createDirectories(work.resolve("gateway/nginx"));
        bootstrap = KafkaBroker.bootstrapServers();
        keys = TestKeys.generate();
        Path publicKey = work.resolve("public.pem");
        Files.writeString(publicKey, keys.publicKeyPem());
        Path privateKey = work.resolve("private.pem");
        Files.writeString(privateKey, keys.privateKeyPem());
        for (String svc : SERVICES) {
            Path jar = root.resolve(svc + "-service/target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: system-tests run after the services are packaged");
            }
            TestDatabase db = TestDatabase.create("sys_" + svc);
            databases.put(svc, db);
            int port = freePort();
            ports.put(svc, port);
            ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve(svc + ".log").toFile());
            Map<String, String> env = pb.environment();
            env.put("HTTP_PORT", String.valueOf(port));
            env.put("DB_URL", db.jdbcUrl());
            env.put("DB_USER", TestDatabase.user());
            env.put("DB_PASSWORD", TestDatabase.password());
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
            env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey);
            env.put("COVERAGE_TICK", "1s");
            env.put("DEADLINE_TICK", "1s");
            env.put("OFFICE_ADJUSTABLE_CLOCK", "true");
            // as on the local stack: the pages' dev sign-in signs with the suite's key
            env.put("QUARKUS_PROFILE", "prod,local");
            env.put("JWT_PRIVATE_KEY_LOCATION", "file:" + privateKey);
            processes.add(pb.start());
        }
        startGateway();
        for (String svc : SERVICES) {
            awaitReady(svc);
        }
    }

    private void startGateway() throws IOException, InterruptedException {
        gatewayPort = freePort();
        Path dir = work.resolve("gateway");
        String conf = Files.readString(root.resolve("deploy/local/gateway.conf"))
                .replace("@RUN@", dir.toString())
                .replace("@GATEWAY_PORT@", String.valueOf(gatewayPort))
                .replace("@ROSTER_PORT@", String.valueOf(ports.get("roster")))
                .replace("@INTAKE_PORT@", String.valueOf(ports.get("intake")))
                .replace("@DEADLINE_PORT@", String.valueOf(ports.get("deadline")))
                .replace("@COMPLAINT_PORT@", String.valueOf(ports.get("complaint")));
        Path confFile = dir.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        String nginx = Files.exists(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        Process p = new ProcessBuilder(nginx, "-p", dir.toString(), "-c", confFile.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("gateway.log").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("nginx did not start; see " + work.resolve("gateway.log"));
        }
    }

    private void awaitReady(String svc) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int index = SERVICES.indexOf(svc);
        while (System.nanoTime() < deadline) {
            if (!processes.get(index).isAlive()) {
                throw new IllegalStateException(svc + "-service exited; see " + work.resolve(svc + ".log"));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(serviceUrl(svc) + "/q/health/ready").toURL()
                        .openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(svc + "-service not ready after 90 s; see " + work.resolve(svc + ".log"));
    }

    void stop() {
        try {
            Path pid = work.resolve("gateway/pids/nginx.pid");
            if (Files.exists(pid)) {
                new ProcessBuilder("kill", Files.readString(pid).trim()).start().waitFor();
            }
        } catch (IOException | InterruptedException e) {
            // the gateway dies with the machine's test run at worst
        }
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }
        databases.values().forEach(TestDatabase::drop);
    }

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    String serviceUrl(String svc) {
        return "http://127.0.0.1:" + ports.get(svc);
    }

    /** Moves one service's clock (services run with office.adjustable-clock on); null puts it back. */
    void setClock(String svc, java.time.OffsetDateTime at) throws IOException, InterruptedException {
        var request = java.net.http.HttpRequest.newBuilder(URI.create(serviceUrl(svc) + "/admin/clock"))
                .header("Authorization", token("A000", "admin")).header("Content-Type", "application/json");
        request = at == null ? request.DELETE()
                : request.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"at\":\"" + at + "\"}"));
        var response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("could not set the clock of " + svc + ": " + response.body());
        }
    }

    String bootstrap() {
        return bootstrap;
    }

    String token(String staffId, String... roles) {
        return "Bearer " + Tokens.sign(keys.privateKeyPem(), staffId, roles);
    }

    Connection database(String svc) throws SQLException {
        return DriverManager.getConnection(databases.get(svc).jdbcUrl(), TestDatabase.user(), TestDatabase.password());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
