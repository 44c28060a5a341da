package org.windowsuite.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker in its own process on a port chosen in advance, so a test can run with the
 * broker absent and start it later — an outage and its end — or kill it and start it again on the same data.
 * Runs from the test's own classpath.
 */
public final class BrokerProcess implements AutoCloseable {

    private final int port;
    private final int controllerPort;
    private final Path dir;
    /** SCRAM-SHA-512 users (name → password) of a broker that takes only SASL_SSL; null for a plain one. */
    private final Map<String, String> scramUsers;
    private Process process;

    private BrokerProcess(int port, int controllerPort, Path dir, Map<String, String> scramUsers) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dir = dir;
        this.scramUsers = scramUsers;
    }

    /**
     * A broker as production runs it: clients connect only over TLS (a self-signed certificate, {@link
     * #caCertificate()}) with a SCRAM-SHA-512 user, and only ACLs let them do anything. {@value #ADMIN} is the
     * super-user that sets the ACLs and creates the topics, as the Strimzi operators do.
     */
    public static BrokerProcess reserveSecured(Map<String, String> users) {
        Map<String, String> all = new java.util.LinkedHashMap<>(users);
        all.put(ADMIN, ADMIN_PASSWORD);
        try {
            return new BrokerProcess(freePort(), freePort(), Files.createTempDirectory("broker-process"), all);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-secret";
    private static final String STORE_PASSWORD = "broker-store";

    /** The certificate clients trust (PEM). */
    public Path caCertificate() {
        return dir.resolve("ca.crt");
    }

    /** Client settings for {@code user} on the secured broker, as {@code kafka.*} without the prefix. */
    public Map<String, String> clientSettings(String user) {
        return Map.of("bootstrap.servers", bootstrapServers(), "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", jaas(user),
                "ssl.truststore.type", "PEM", "ssl.truststore.location", caCertificate().toString());
    }

    public String jaas(String user) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + scramUsers.get(user) + "\";";
    }

    /** Reserves two free ports; nothing listens on {@link #bootstrapServers()} until {@link #start()}. */
    public static BrokerProcess reserve() {
        try {
            return new BrokerProcess(freePort(), freePort(), Files.createTempDirectory("broker-process"), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public void start() throws IOException, InterruptedException {
        Path config = dir.resolve("server.properties");
        String listener = scramUsers == null ? "PLAINTEXT" : "SASL_SSL";
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=" + listener + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=" + listener + "://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=" + listener + ":" + listener + ",CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=" + listener,
                security(),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.dirs=" + dir.resolve("data"), ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        if (Files.exists(dir.resolve("data/meta.properties"))) {
            // a restart: the same storage, the same topics and offsets
            process = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, "kafka.Kafka", config.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                            dir.resolve("broker.log").toFile())).start();
            return;
        }
        List<String> format = new ArrayList<>(List.of(java, "-cp", classpath, "kafka.tools.StorageTool", "format", "-t",
                UUID.randomUUID().toString().replace("-", "").substring(0, 22), "-c", config.toString(), "--standalone"));
        if (scramUsers != null) {
            scramUsers.forEach((user, password) -> format.addAll(List.of("--add-scram",
                    "SCRAM-SHA-512=[name=" + user + ",password=" + password + "]")));
        }
        Process formatting = new ProcessBuilder(format)
                .redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start();
        if (!formatting.waitFor(60, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
            throw new IllegalStateException("could not format the broker's storage; see " + dir.resolve("format.log"));
        }
        process = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, "kafka.Kafka", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("broker.log").toFile()).start();
    }

    /** The secured broker's TLS, SASL and authorization settings (nothing for a plain one). */
    private String security() throws IOException, InterruptedException {
        if (scramUsers == null) {
            return "";
        }
        Path store = dir.resolve("broker.p12");
        if (!Files.exists(store)) {
            keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "7",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", store.toString(),
                    "-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
            keytool("-exportcert", "-alias", "broker", "-keystore", store.toString(), "-storepass", STORE_PASSWORD,
                    "-rfc", "-file", caCertificate().toString());
        }
        return String.join("\n",
                "sasl.enabled.mechanisms=SCRAM-SHA-512",
                "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
                "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=" + jaas(ADMIN),
                "ssl.keystore.type=PKCS12",
                "ssl.keystore.location=" + store,
                "ssl.keystore.password=" + STORE_PASSWORD,
                "ssl.key.password=" + STORE_PASSWORD,
                // the broker's own inter-broker client must trust its certificate too
                "ssl.truststore.type=PEM",
                "ssl.truststore.location=" + caCertificate(),
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                // the controller listener is local and plain; the admin sets ACLs and creates topics
                "super.users=User:" + ADMIN + ";User:ANONYMOUS",
                "allow.everyone.if.no.acl.found=false",
                "auto.create.topics.enable=false");
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + out);
        }
    }

    /** SIGKILL, as a crash would; {@link #start()} brings it back on the same data. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
            process = null;
        }
    }

    @Override
    public void close() {
        if (process != null) {
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
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
