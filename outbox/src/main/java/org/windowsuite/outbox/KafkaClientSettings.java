package org.windowsuite.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Properties;

/**
 * The service's {@code kafka.*} configuration (bootstrap servers, TLS, SASL …) as the SmallRye channels get it, for
 * the Kafka clients this module makes itself: the outbox relay's producer and the dead-letter replay's consumer.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private final Map<String, Object> config;

    public KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> config) {
        this.config = config;
    }

    /** A fresh copy each time: callers add their own client settings. */
    public Properties properties() {
        Properties props = new Properties();
        config.forEach((key, value) -> {
            // Quarkus' own keys (the TLS registry name) and the channels' group are not Kafka client settings
            if (!key.startsWith("tls-configuration-name") && !key.equals("group.id")) {
                props.put(key, value);
            }
        });
        return props;
    }
}
