package org.windowsuite.deadline.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;
import org.windowsuite.deadline.config.DeadlineConfig;

/** The holiday-cn years shipped in the product (2007–2026): loaded once, on the first start with an empty calendar. */
@ApplicationScoped
public class ShippedCalendar {

    private static final Logger LOG = Logger.getLogger(ShippedCalendar.class);

    private final CalendarService calendar;
    private final ObjectMapper mapper;
    private final boolean seed;

    public ShippedCalendar(CalendarService calendar, ObjectMapper mapper, DeadlineConfig config) {
        this.calendar = calendar;
        this.mapper = mapper;
        this.seed = config.calendar().seedShippedYears();
    }

    void onStart(@Observes StartupEvent start) {
        if (!seed) {
            return;
        }
        for (int year : years()) {
            if (!calendar.isLoaded(year)) {
                byte[] content = bytes(year);
                calendar.loadFileIfChanged(year, schedule(year), "SHIPPED", CalendarDirectory.checksum(content));
                LOG.infof("loaded shipped calendar year %d", year);
            }
        }
    }

    public List<Integer> years() {
        try (InputStream in = resource("holiday-cn/years.txt")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty()).map(Integer::valueOf).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HolidaySchedule schedule(int year) {
        try {
            return mapper.readValue(bytes(year), HolidaySchedule.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(int year) {
        try (InputStream in = resource("holiday-cn/" + year + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing shipped resource " + name);
        }
        return in;
    }
}
