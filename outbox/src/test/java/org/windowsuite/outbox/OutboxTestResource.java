package org.windowsuite.outbox;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.windowsuite.testing.SuiteTestResource;

/** The suite's database-and-broker resource, with the relay's timer slowed so tests can drive it. */
public class OutboxTestResource implements QuarkusTestResourceLifecycleManager {

    private final SuiteTestResource suite = new SuiteTestResource();

    @Override
    public Map<String, String> start() {
        suite.init(Map.of("database", "outbox"));
        Map<String, String> config = new HashMap<>(suite.start());
        config.put("outbox.relay-interval", "1h");
        return config;
    }

    @Override
    public void stop() {
        suite.stop();
    }
}
