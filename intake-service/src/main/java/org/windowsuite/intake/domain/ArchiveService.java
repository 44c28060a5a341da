package org.windowsuite.intake.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.windowsuite.intake.config.IntakeConfig;

/** WP-8: closed cases are archived on time: kept, readable, no longer changeable. */
@ApplicationScoped
public class ArchiveService {

    private final Applications applications;
    private final IntakeConfig config;
    private final Clock clock;

    public ArchiveService(Applications applications, IntakeConfig config, Clock clock) {
        this.applications = applications;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void archiveOnSchedule() {
        archive();
    }

    /** Archives the closed cases older than the configured period; returns how many. */
    public int archive() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            var due = applications.closedBefore(now.minus(config.archiveAfter()));
            due.forEach(a -> a.archivedAt = now);
            return due.size();
        });
    }
}
