package org.windowsuite.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.contracts.CaseChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.contracts.ViolationCandidate;
import org.windowsuite.intake.domain.Application;
import org.windowsuite.intake.domain.CaseEvents;
import org.windowsuite.intake.domain.ServiceItem;
import org.windowsuite.intake.persistence.ServiceItemRepository;
import org.windowsuite.outbox.Outbox;

/** Maps case changes to intake.cases.v1 and candidate violations to accountability.violations.v1. */
@ApplicationScoped
public class OutboxCaseEvents implements CaseEvents {

    private final Outbox outbox;
    private final ServiceItemRepository items;
    private final Clock clock;
    private final ZoneId zone;

    public OutboxCaseEvents(Outbox outbox, ServiceItemRepository items, Clock clock, OfficeConfig office) {
        this.outbox = outbox;
        this.items = items;
        this.clock = clock;
        this.zone = office.zone();
    }

    @Override
    public void caseChanged(Application app, ServiceItem item, String change, String reason) {
        ServiceItem version = item != null ? item
                : app.itemVersion == null ? null : items.version(app.itemCode, app.itemVersion).orElse(null);
        app.eventVersion++;
        outbox.publish(Topics.INTAKE_CASES, new CaseChanged(UUID.randomUUID(), CaseChanged.TYPE, app.eventVersion,
                OffsetDateTime.now(clock), app.id.toString(), change, app.caseNumber, app.itemCode,
                version == null ? null : version.department, app.postId, app.handler, app.actingFor,
                app.acceptedAt == null ? null : app.acceptedAt.atZone(zone).toOffsetDateTime(),
                version == null ? null : version.promisedDays, version == null ? null : version.statutoryDays,
                version == null ? null : version.maxExtensionDays, reason, null));
    }

    @Override
    public void violation(String kind, String staffId, String actingFor, Application app, String evidence) {
        ServiceItem version = app.itemVersion == null ? null : items.version(app.itemCode, app.itemVersion).orElse(null);
        outbox.publish(Topics.ACCOUNTABILITY_VIOLATIONS, new ViolationCandidate(UUID.randomUUID(),
                ViolationCandidate.TYPE, 1, OffsetDateTime.now(clock), app.id.toString(), kind, staffId, actingFor,
                version == null ? null : version.department, "APPLICATION", app.id.toString(), evidence));
    }
}
