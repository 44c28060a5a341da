package org.windowsuite.roster.messaging;

import org.windowsuite.outbox.TopicHandlers;
import org.windowsuite.contracts.Topics;
import java.util.function.Consumer;
import java.util.Map;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.windowsuite.common.calendar.CalendarDay;
import org.windowsuite.common.calendar.CalendarStore;
import org.windowsuite.contracts.CalendarYearPublished;
import org.windowsuite.outbox.IdempotentConsumer;
import org.windowsuite.roster.domain.RosterService;

/** Keeps the local working-day calendar in step with deadline-service (calendar.years.v1). */
@ApplicationScoped
public class CalendarConsumer implements TopicHandlers {

    static final String CONSUMER = "roster-calendar";

    private final IdempotentConsumer consumer;
    private final CalendarStore calendar;
    private final RosterService roster;

    public CalendarConsumer(IdempotentConsumer consumer, CalendarStore calendar, RosterService roster) {
        this.consumer = consumer;
        this.calendar = calendar;
        this.roster = roster;
    }

    @Incoming("calendar-years")
    @Blocking
    public void onYear(String json) {
        consumer.consume(CONSUMER, json, CalendarYearPublished.class, e -> {
            if (calendar.applyYear(e.year(), e.version(),
                    e.days().stream().map(d -> new CalendarDay(d.date(), d.name(), d.offDay())).toList())) {
                // AB-1: ranges counted on the projection (or on the schedule this corrects) follow the new one
                roster.rederiveRanges(e.year(), calendar.fresh());
            }
        });
    }

    @Override
    public Map<String, Consumer<String>> byTopic() {
        return Map.of(Topics.CALENDAR_YEARS, this::onYear);
    }
}
