package org.windowsuite.outbox;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.windowsuite.testing.SuiteTestResource;

/**
 * The suite's database-and-broker resource, with the relay's timer slowed so tests can drive it; with arg
 * {@code broker=down} the application points at a port where no broker listens.
 */
public class OutboxTestResource implements QuarkusTestResourceLifecycleManager {

    private final SuiteTestResource suite = new SuiteTestResource();
    private boolean brokerDown;

    @Override
    public void init(Map<String, String> initArgs) {
        brokerDown = "down".equals(initArgs.get("broker"));
    }

    @Override
    public Map<String, String> start() {
        suite.init(Map.of("database", "outbox"));
        Map<String, String> config = new HashMap<>(suite.start());
        config.put("outbox.relay-interval", "1h");
        if (brokerDown) {
            // nothing listens on the discard port: every send fails as during a broker outage
            config.put("kafka.bootstrap.servers", "127.0.0.1:9");
            config.put("outbox.send-timeout", "PT2S");
        }
        return config;
    }

    @Override
    public void stop() {
        suite.stop();
    }
}
