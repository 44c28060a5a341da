package org.windowsuite.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The outbox backlog for operators' alerts: {@code window_outbox_pending} (events not yet relayed) and
 * {@code window_outbox_oldest_pending_seconds} (how long the oldest of them has waited). Read at scrape time, at most
 * once a second for both; NaN while the database cannot be asked.
 */
@ApplicationScoped
public class OutboxMetrics {

    private record Backlog(double pending, double oldestSeconds, long readAt) {
    }

    private final AgroalDataSource dataSource;
    private volatile Backlog last = new Backlog(Double.NaN, Double.NaN, 0);
    private volatile List<Gauge> gauges = List.of();

    public OutboxMetrics(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        gauges = List.of(Gauge.builder("window_outbox_pending", this, m -> m.backlog().pending())
                        .description("outbox events not yet published").register(registry),
                Gauge.builder("window_outbox_oldest_pending_seconds", this, m -> m.backlog().oldestSeconds())
                        .description("age of the oldest outbox event not yet published").baseUnit("seconds")
                        .register(registry));
    }

    /**
     * Micrometer keeps a meter by name and hands back the existing one on a second registration: one left behind by
     * an application that stopped in the same JVM (a restart in tests) would go on reading that application's
     * database instead of ours.
     */
    void unregister(@Observes ShutdownEvent stop, MeterRegistry registry) {
        gauges.forEach(registry::remove);
        gauges = List.of();
    }

    private Backlog backlog() {
        Backlog b = last;
        if (System.currentTimeMillis() - b.readAt() < 1000) {
            return b;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) "
                        + "from outbox_event where published_at is null")) {
            r.next();
            b = new Backlog(r.getLong(1), r.getDouble(2), System.currentTimeMillis());
        } catch (SQLException unavailable) {
            b = new Backlog(Double.NaN, Double.NaN, System.currentTimeMillis());
        }
        last = b;
        return b;
    }
}
