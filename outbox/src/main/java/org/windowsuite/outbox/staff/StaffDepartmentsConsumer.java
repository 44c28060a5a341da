package org.windowsuite.outbox.staff;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.windowsuite.contracts.StaffChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.outbox.IdempotentConsumer;
import org.windowsuite.outbox.TopicHandlers;

/**
 * roster.staff.v1 → {@link StaffDepartments}, for the services that switch it on
 * ({@code window.staff-departments.enabled=true} at build time, the channel {@code roster-staff} configured, the
 * consumer's name in {@code window.staff-departments.consumer}).
 */
@ApplicationScoped
@IfBuildProperty(name = "window.staff-departments.enabled", stringValue = "true")
public class StaffDepartmentsConsumer implements TopicHandlers {

    private final IdempotentConsumer consumer;
    private final StaffDepartments departments;
    private final String name;

    public StaffDepartmentsConsumer(IdempotentConsumer consumer, StaffDepartments departments,
            @ConfigProperty(name = "window.staff-departments.consumer") String name) {
        this.consumer = consumer;
        this.departments = departments;
        this.name = name;
    }

    @Incoming("roster-staff")
    @Blocking
    public void onStaff(String json) {
        consumer.consume(name, json, StaffChanged.class, departments::apply);
    }

    @Override
    public Map<String, Consumer<String>> byTopic() {
        return Map.of(Topics.ROSTER_STAFF, this::onStaff);
    }
}
