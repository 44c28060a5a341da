package org.windowsuite.systemtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
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
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
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
            TestDatabase db = TestDatabase.create("sys_" + svc);
            databases.put(svc, db);
            Map<String, String> env = ServiceProcess.environment(db.jdbcUrl(), TestDatabase.user(),
                    TestDatabase.password(), bootstrap, publicKey);
            // as on the local stack: the pages' dev sign-in signs with the suite's key
            env.put("QUARKUS_PROFILE", "prod,local");
            env.put("JWT_PRIVATE_KEY_LOCATION", "file:" + privateKey);
            processes.put(svc, new ServiceProcess(svc, root, work.resolve(svc + ".log"), env).start());
        }
        startGateway();
        for (ServiceProcess p : processes.values()) {
            p.awaitReady(Duration.ofSeconds(90));
        }
    }

    private void startGateway() throws IOException, InterruptedException {
        gatewayPort = freePort();
        Path dir = work.resolve("gateway");
        String conf = Files.readString(root.resolve("deploy/local/gateway.conf"))
                .replace("@RUN@", dir.toString())
                .replace("@GATEWAY_PORT@", String.valueOf(gatewayPort))
                .replace("@ROSTER_PORT@", String.valueOf(processes.get("roster").port()))
                .replace("@INTAKE_PORT@", String.valueOf(processes.get("intake").port()))
                .replace("@DEADLINE_PORT@", String.valueOf(processes.get("deadline").port()))
                .replace("@COMPLAINT_PORT@", String.valueOf(processes.get("complaint").port()));
        Path confFile = dir.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        String nginx = Files.exists(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        Process p = new ProcessBuilder(nginx, "-p", dir.toString(), "-c", confFile.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("gateway.log").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("nginx did not start; see " + work.resolve("gateway.log"));
        }
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
        processes.values().forEach(ServiceProcess::stop);
        databases.values().forEach(TestDatabase::drop);
    }

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    String serviceUrl(String svc) {
        return processes.get(svc).url();
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
