package org.windowsuite.deadline.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.windowsuite.contracts.StaffChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.outbox.staff.StaffDepartments;
import org.windowsuite.outbox.IdempotentConsumer;
import org.windowsuite.outbox.TopicHandlers;

/** roster.staff.v1 → which department each member of staff (supervisors included) belongs to. */
@ApplicationScoped
public class StaffConsumer implements TopicHandlers {

    static final String CONSUMER = "deadline-staff";

    private final IdempotentConsumer consumer;
    private final StaffDepartments departments;

    public StaffConsumer(IdempotentConsumer consumer, StaffDepartments departments) {
        this.consumer = consumer;
        this.departments = departments;
    }

    @Incoming("roster-staff")
    @Blocking
    public void onStaff(String json) {
        consumer.consume(CONSUMER, json, StaffChanged.class, departments::apply);
    }

    @Override
    public Map<String, Consumer<String>> byTopic() {
        return Map.of(Topics.ROSTER_STAFF, this::onStaff);
    }
}
