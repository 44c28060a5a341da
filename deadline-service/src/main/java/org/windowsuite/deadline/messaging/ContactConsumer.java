package org.windowsuite.deadline.messaging;

import org.windowsuite.outbox.TopicHandlers;
import org.windowsuite.contracts.Topics;
import java.util.function.Consumer;
import java.util.Map;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.windowsuite.contracts.ContactChanged;
import org.windowsuite.deadline.domain.ClockService;
import org.windowsuite.outbox.IdempotentConsumer;

/** complaint.contacts.v1 → the clocks of FI-4 transfers (acknowledge, contact, resolve) and of complaints. */
@ApplicationScoped
public class ContactConsumer implements TopicHandlers {

    static final String CONSUMER = "deadline-contacts";

    private final IdempotentConsumer consumer;
    private final ClockService clocks;

    public ContactConsumer(IdempotentConsumer consumer, ClockService clocks) {
        this.consumer = consumer;
        this.clocks = clocks;
    }

    @Incoming("complaint-contacts")
    @Blocking
    public void onContact(String json) {
        consumer.consume(CONSUMER, json, ContactChanged.class, this::apply);
    }

    void apply(ContactChanged e) {
        ClockService.Responsible responsible = new ClockService.Responsible(e.department(), null, e.responsible(),
                e.actingFor());
        var at = e.occurredAt().toInstant();
        switch (e.change()) {
            case "TRANSFERRED" -> {
                clocks.start("TRANSFER", e.transferId(), "ACKNOWLEDGE", at, e.ackDays(), null, responsible);
                clocks.start("TRANSFER", e.transferId(), "CONTACT", at, e.contactDays(), null, responsible);
                clocks.start("TRANSFER", e.transferId(), "RESOLVE", at, e.resolveDays(), null, responsible);
            }
            case "ACKNOWLEDGED" -> clocks.stop("TRANSFER", e.transferId(), "ACKNOWLEDGE", "ACKNOWLEDGED");
            case "CONTACTED" -> clocks.stop("TRANSFER", e.transferId(), "CONTACT", "CONTACTED");
            case "ROUTED" -> clocks.start("COMPLAINT", e.aggregateId(), "RESOLVE", at, e.resolveDays(), null,
                    responsible);
            case "SUPERVISED" -> clocks.start("COMPLAINT", e.aggregateId(), "SUPERVISION", at, e.resolveDays(), null,
                    responsible);
            case "FOLLOW_UP" -> clocks.start("COMPLAINT", e.aggregateId(), "FOLLOW_UP", at, e.resolveDays(), null,
                    responsible);
            case "ANSWERED" -> clocks.stop("COMPLAINT", e.aggregateId(), "RESOLVE", "ANSWERED");
            case "RESOLVED", "CLOSED" -> {
                if (e.transferId() != null) {
                    clocks.stop("TRANSFER", e.transferId(), null, e.change());
                }
                clocks.stop("COMPLAINT", e.aggregateId(), null, e.change());
            }
            default -> {
                // registered: nothing to time
            }
        }
    }

    @Override
    public Map<String, Consumer<String>> byTopic() {
        return Map.of(Topics.COMPLAINT_CONTACTS, this::onContact);
    }
}
