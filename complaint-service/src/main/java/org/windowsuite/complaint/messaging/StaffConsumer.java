package org.windowsuite.complaint.messaging;

import org.windowsuite.outbox.TopicHandlers;
import org.windowsuite.contracts.Topics;
import java.util.function.Consumer;
import java.util.Map;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.windowsuite.complaint.domain.StaffDirectory;
import org.windowsuite.contracts.StaffChanged;
import org.windowsuite.outbox.IdempotentConsumer;

/** roster.staff.v1 → the local staff directory. */
@ApplicationScoped
public class StaffConsumer implements TopicHandlers {

    static final String CONSUMER = "complaint-staff";

    private final IdempotentConsumer consumer;
    private final StaffDirectory directory;

    public StaffConsumer(IdempotentConsumer consumer, StaffDirectory directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @Incoming("roster-staff")
    @Blocking
    public void onStaff(String json) {
        consumer.consume(CONSUMER, json, StaffChanged.class, e -> directory.apply(new StaffDirectory.Change(
                e.staffId(), e.name(), e.department(), e.rank(), e.active(), e.version())));
    }

    @Override
    public Map<String, Consumer<String>> byTopic() {
        return Map.of(Topics.ROSTER_STAFF, this::onStaff);
    }
}
