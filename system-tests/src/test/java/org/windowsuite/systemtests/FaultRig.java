package org.windowsuite.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.windowsuite.testing.BrokerProcess;
import org.windowsuite.testing.PostgresCluster;
import org.windowsuite.testing.TestKeys;
import org.windowsuite.testing.Tokens;

/**
 * What the fault suite breaks: the four packaged services (and extra replicas) as processes, on a broker process
 * and a PostgreSQL cluster of the rig's own, so that both can be killed and restarted without touching anything
 * the other tests or the machine use.
 */
final class FaultRig implements AutoCloseable {

    static final List<String> SERVICES = RunningSuite.SERVICES;

    private final Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private final Path work = root.resolve("system-tests/target/fault-suite");
    private final Map<String, List<ServiceProcess>> replicas = new LinkedHashMap<>();
    private final Map<String, String> databases = new HashMap<>();
    private PostgresCluster postgres;
    private BrokerProcess broker;
    private TestKeys keys;

    void start() throws Exception {
        Files.createDirectories(work);
        postgres = PostgresCluster.start();
        broker = BrokerProcess.reserve();
        broker.start();
        keys = TestKeys.generate();
        Path publicKey = work.resolve("public.pem");
        Files.writeString(publicKey, keys.publicKeyPem());
        for (String svc : SERVICES) {
            databases.put(svc, postgres.createDatabase("fault_" + svc));
            replicas.put(svc, new ArrayList<>());
        }
        for (String svc : SERVICES) {
            startReplica(svc, publicKey);
        }
        for (String svc : SERVICES) {
            replicas.get(svc).get(0).awaitReady(Duration.ofSeconds(120));
        }
    }

    /** Starts one more process of {@code svc} on the same database and topics (a replica). */
    ServiceProcess startReplica(String svc) throws IOException {
        return startReplica(svc, work.resolve("public.pem"));
    }

    private ServiceProcess startReplica(String svc, Path publicKey) throws IOException {
        List<ServiceProcess> list = replicas.get(svc);
        Map<String, String> env = ServiceProcess.environment(databases.get(svc), "window", "window",
                broker.bootstrapServers(), publicKey);
        ServiceProcess p = new ServiceProcess(svc, root, work.resolve(svc + "-" + list.size() + ".log"), env).start();
        list.add(p);
        return p;
    }

    ServiceProcess replica(String svc, int index) {
        return replicas.get(svc).get(index);
    }

    List<ServiceProcess> replicas(String svc) {
        return replicas.get(svc);
    }

    /** The first replica's address: where the load goes unless a test spreads it. */
    String url(String svc) {
        return replicas.get(svc).get(0).url();
    }

    BrokerProcess broker() {
        return broker;
    }

    PostgresCluster postgres() {
        return postgres;
    }

    String bootstrap() {
        return broker.bootstrapServers();
    }

    String token(String staffId, String... roles) {
        return "Bearer " + Tokens.sign(keys.privateKeyPem(), staffId, roles);
    }

    Connection database(String svc) throws SQLException {
        return DriverManager.getConnection(databases.get(svc), "window", "window");
    }

    @Override
    public void close() {
        replicas.values().forEach(list -> list.forEach(ServiceProcess::stop));
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
