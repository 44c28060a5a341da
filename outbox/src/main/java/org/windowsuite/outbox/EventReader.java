package org.windowsuite.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.contracts.DomainEvent;

/** Parses an event record from its JSON; anything unreadable or without its envelope is poison. */
@ApplicationScoped
public class EventReader {

    private final ObjectMapper mapper;

    public EventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T extends DomainEvent> T read(String json, Class<T> type) {
        T event;
        try {
            event = mapper.readValue(json, type);
        } catch (Exception e) {
            throw new PoisonMessageException("not a readable " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        if (event == null || event.eventId() == null || event.aggregateId() == null || event.occurredAt() == null) {
            throw new PoisonMessageException(type.getSimpleName() + " without eventId, aggregateId or occurredAt", null);
        }
        return event;
    }
}
