package org.windowsuite.outbox;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.windowsuite.testing.BrokerProcess;
import org.windowsuite.testing.SuiteTestResource;

/**
 * The suite's database-and-broker resource, with the relay's timer slowed so tests can drive it; with arg
 * {@code broker=down} the application points at a port where no broker listens until the test starts one.
 */
public class OutboxTestResource implements QuarkusTestResourceLifecycleManager {

    private final SuiteTestResource suite = new SuiteTestResource();
    private boolean brokerDown;
    static BrokerProcess outage;

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
            // no broker listens there until the test starts one: an outage, then its end
            outage = BrokerProcess.reserve();
            config.put("kafka.bootstrap.servers", outage.bootstrapServers());
            // here the relay's own catch-up timer must bring the events out, as in production
            config.put("outbox.relay-interval", "1s");
        }
        return config;
    }

    @Override
    public void stop() {
        if (outage != null) {
            outage.close();
        }
        suite.stop();
    }
}
