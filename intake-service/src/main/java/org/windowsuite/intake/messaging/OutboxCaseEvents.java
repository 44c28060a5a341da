package org.windowsuite.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.contracts.CaseChanged;
import org.windowsuite.contracts.Topics;
import org.windowsuite.contracts.ViolationCandidate;
import org.windowsuite.intake.domain.Application;
import org.windowsuite.intake.domain.CaseEvents;
import org.windowsuite.intake.domain.ServiceItem;
import org.windowsuite.intake.domain.ServiceItems;
import org.windowsuite.outbox.Envelope;
import org.windowsuite.outbox.Envelopes;
import org.windowsuite.outbox.Outbox;

/** Maps case changes to intake.cases.v1 and candidate violations to accountability.violations.v1. */
@ApplicationScoped
public class OutboxCaseEvents implements CaseEvents {

    private final Outbox outbox;
    private final ServiceItems items;
    private final Envelopes envelopes;

    public OutboxCaseEvents(Outbox outbox, ServiceItems items, Envelopes envelopes) {
        this.outbox = outbox;
        this.items = items;
        this.envelopes = envelopes;
    }

    @Override
    public void caseChanged(Application app, ServiceItem item, String change, String reason) {
        ServiceItem version = item != null ? item
                : app.itemVersion == null ? null : items.version(app.itemCode, app.itemVersion).orElse(null);
        Envelope e = envelopes.of(CaseChanged.TYPE, app.id.toString(), app.nextEventVersion());
        outbox.publish(Topics.INTAKE_CASES, new CaseChanged(e.eventId(), e.type(), e.version(), e.occurredAt(),
                e.aggregateId(), change, app.caseNumber, app.itemCode,
                version == null ? null : version.department, app.postId, app.handler, app.actingFor,
                envelopes.local(app.acceptedAt),
                version == null ? null : version.promisedDays, version == null ? null : version.statutoryDays,
                version == null ? null : version.maxExtensionDays, reason, null));
    }

    @Override
    public void violation(String kind, String staffId, String actingFor, Application app, String evidence) {
        ServiceItem version = app.itemVersion == null ? null : items.version(app.itemCode, app.itemVersion).orElse(null);
        // a one-off event (version 1), keyed by the application so it follows the case's own events
        Envelope e = envelopes.of(ViolationCandidate.TYPE, app.id.toString(), 1);
        outbox.publish(Topics.ACCOUNTABILITY_VIOLATIONS, new ViolationCandidate(e.eventId(), e.type(), e.version(),
                e.occurredAt(), e.aggregateId(), kind, staffId, actingFor, version == null ? null : version.department,
                "APPLICATION", app.id.toString(), evidence));
    }
}
