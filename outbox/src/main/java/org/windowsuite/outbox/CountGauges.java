package org.windowsuite.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Counts of the service's own state that operators alert on (overdue clocks per department, empty posts …): one
 * gauge per value of a label, read from the database every 30 seconds by a query returning (label, count) rows.
 * A label that no longer appears drops to no series at all rather than holding its last count.
 */
@ApplicationScoped
public class CountGauges {

    private static final Logger LOG = Logger.getLogger(CountGauges.class);

    private record Definition(MultiGauge gauge, String tag, String sql) {
    }

    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;
    private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

    public CountGauges(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    /** @param sql a query returning the label value and the count, in that order */
    public void define(String name, String description, String tag, String sql) {
        Definition d = new Definition(MultiGauge.builder(name).description(description).register(registry), tag, sql);
        definitions.put(name, d);
        refresh(d);
    }

    @Scheduled(every = "30s", delay = 5, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        definitions.values().forEach(this::refresh);
    }

    private void refresh(Definition d) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(d.sql())) {
            while (r.next()) {
                String label = r.getString(1);
                rows.add(MultiGauge.Row.of(Tags.of(d.tag(), label == null ? "none" : label), r.getLong(2)));
            }
        } catch (SQLException e) {
            // the database's trouble shows in readiness and its own alert; the counts wait for the next round
            LOG.debugf("count gauge %s not refreshed: %s", d.sql(), e.getMessage());
            return;
        }
        d.gauge().register(rows, true);
    }

    /** A restarted application in the same JVM (tests) must not find this one's rows under the same names. */
    void unregister(@Observes ShutdownEvent stop) {
        definitions.values().forEach(d -> d.gauge().register(List.of(), true));
        definitions.clear();
    }
}
