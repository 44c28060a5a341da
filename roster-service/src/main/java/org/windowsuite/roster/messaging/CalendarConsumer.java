package org.windowsuite.roster.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.windowsuite.common.calendar.CalendarDay;
import org.windowsuite.common.calendar.CalendarStore;
import org.windowsuite.contracts.CalendarYearPublished;
import org.windowsuite.outbox.IdempotentConsumer;

/** Keeps the local working-day calendar in step with deadline-service (calendar.years.v1). */
@ApplicationScoped
public class CalendarConsumer {

    static final String CONSUMER = "roster-calendar";

    private final IdempotentConsumer consumer;
    private final CalendarStore calendar;

    public CalendarConsumer(IdempotentConsumer consumer, CalendarStore calendar) {
        this.consumer = consumer;
        this.calendar = calendar;
    }

    @Incoming("calendar-years")
    @Blocking
    public void onYear(String json) {
        consumer.consume(CONSUMER, json, CalendarYearPublished.class, e -> calendar.applyYear(e.year(), e.version(),
                e.days().stream().map(d -> new CalendarDay(d.date(), d.name(), d.offDay())).toList()));
    }
}
