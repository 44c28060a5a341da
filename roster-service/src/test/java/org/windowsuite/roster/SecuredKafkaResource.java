package org.windowsuite.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.windowsuite.testing.BrokerProcess;
import org.windowsuite.testing.StrimziOperators;
import org.windowsuite.testing.SuiteTestResource;

/**
 * roster-service against a broker set up as deploy/k8s's production overlay sets one up: TLS and SCRAM-SHA-512 only,
 * the topics of base/kafka, roster-service's and deadline-service's KafkaUser ACLs — and the service configured with
 * the overlay's own kafka-client.properties, its Secret's JAAS line and CA filled in.
 */
public class SecuredKafkaResource extends SuiteTestResource {

    static final Path K8S = Path.of("..", "deploy", "k8s").toAbsolutePath().normalize();
    static BrokerProcess broker;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        broker = BrokerProcess.reserveSecured(Map.of("roster-service", "roster-secret", "deadline-service",
                "deadline-secret"));
        try {
            broker.start();
            Map<String, String> admin = broker.clientSettings(BrokerProcess.ADMIN);
            awaitBroker(admin);
            StrimziOperators.createTopics(admin, K8S.resolve("base/kafka/topics.yaml"));
            StrimziOperators.applyAcls(admin, K8S.resolve("kafka-users/users.yaml"), "roster-service");
            StrimziOperators.applyAcls(admin, K8S.resolve("kafka-users/users.yaml"), "deadline-service");
            for (String line : Files.readAllLines(K8S.resolve("overlays/prod/kafka-client.properties"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String key = line.substring(0, line.indexOf('='));
                String value = line.substring(line.indexOf('=') + 1)
                        .replace("${KAFKA_SASL_JAAS_CONFIG}", broker.jaas("roster-service"))
                        .replace("/etc/kafka-ca/ca.crt", broker.caCertificate().toString());
                config.put(key, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        return config;
    }

    private static void awaitBroker(Map<String, String> admin) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try (var a = org.apache.kafka.clients.admin.Admin.create(new HashMap<>(admin))) {
                a.describeCluster().nodes().get(5, java.util.concurrent.TimeUnit.SECONDS);
                return;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the secured broker did not come up", e);
                }
                Thread.sleep(500);
            }
        }
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
        super.stop();
    }
}
