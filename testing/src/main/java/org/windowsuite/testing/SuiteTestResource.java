package org.windowsuite.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The real infrastructure of a service test: a fresh PostgreSQL database (arg {@code database}: its name
 * prefix), the JVM's Kafka broker and a freshly generated signing key for tokens.
 */
public class SuiteTestResource implements QuarkusTestResourceLifecycleManager {

    private String prefix = "svc";
    private boolean brokerDown;
    private TestDatabase database;

    /** Args: {@code database} (name prefix); {@code broker=down} points the service where no broker listens. */
    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("database", prefix);
        brokerDown = "down".equals(initArgs.get("broker"));
    }

    @Override
    public Map<String, String> start() {
        database = TestDatabase.create(prefix);
        TestKeys keys = TestKeys.generate();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", TestDatabase.user(),
                "quarkus.datasource.password", TestDatabase.password(),
                "kafka.bootstrap.servers", brokerDown ? BrokerProcess.reserve().bootstrapServers()
                        : KafkaBroker.bootstrapServers(),
                "mp.jwt.verify.publickey", keys.publicKeyPem(),
                "mp.jwt.verify.issuer", Tokens.ISSUER,
                "smallrye.jwt.sign.key", keys.privateKeyPem());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
    }
}
