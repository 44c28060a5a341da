package org.windowsuite.roster.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.contracts.CoverageChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.outbox.Outbox;
import org.windowsuite.roster.domain.CoverageEvents;
import org.windowsuite.roster.domain.CoveragePeriod;
import org.windowsuite.roster.domain.Post;
import org.windowsuite.roster.persistence.AbsenceRepository;

/** Maps coverage changes to the {@code roster.coverage.v1} contract via the outbox. */
@ApplicationScoped
public class OutboxCoverageEvents implements CoverageEvents {

    private final Outbox outbox;
    private final AbsenceRepository absences;
    private final Clock clock;
    private final ZoneId zone;

    public OutboxCoverageEvents(Outbox outbox, AbsenceRepository absences, Clock clock, OfficeConfig office) {
        this.outbox = outbox;
        this.absences = absences;
        this.clock = clock;
        this.zone = office.zone();
    }

    @Override
    public void coverageChanged(Post post, CoveragePeriod p, String cause) {
        outbox.publish(Topics.ROSTER_COVERAGE, new CoverageChanged(UUID.randomUUID(), CoverageChanged.TYPE, p.version,
                now(), post.id, post.id, post.department, java.util.List.copyOf(post.serviceItems), p.state.name(), p.holder, p.role.name(), p.actingFor,
                cause, at(p.since), at(p.until), awayReason(p)));
    }

    /** SC-2.6: the reason category of the absent A holder's absence, for the whereabouts boards. */
    private String awayReason(CoveragePeriod p) {
        if (p.actingFor == null || p.since == null) {
            return null;
        }
        return absences.overlapping(p.actingFor, p.since, p.since.plusMillis(1)).stream().findFirst()
                .map(a -> a.reason.name()).orElse(null);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private OffsetDateTime at(Instant i) {
        return i == null ? null : i.atZone(zone).toOffsetDateTime();
    }
}
