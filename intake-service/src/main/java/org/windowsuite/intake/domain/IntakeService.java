package org.windowsuite.intake.domain;

import org.windowsuite.common.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.windowsuite.outbox.audit.AuditAct;
import org.windowsuite.outbox.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.windowsuite.common.ConflictException;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.common.RuleViolationException;
import org.windowsuite.intake.domain.Application.Outcome;
import org.windowsuite.intake.domain.Application.State;

/**
 * Takes applications (WP-4, OTN-2, OTN-3): each ends in exactly one outcome — accepted, one notice listing every
 * shortfall, refused with ground and basis, or referred — and a supplement that brings what the notice listed
 * is accepted; a new demand beyond that notice is never made but recorded as a violation (OTN-6).
 */
@ApplicationScoped
public class IntakeService {

    public record Applicant(String type, String idNumber, String name, String phone, Map<String, String> attributes) {
    }

    /** {@code completeOnTheSpot}: an item done on the spot (即办) is completed in the same step as its acceptance. */
    public record Submission(String itemCode, Applicant applicant, String channel, List<SubmittedMaterial> materials,
            String refusalGround, String refusalNote, String matter, boolean completeOnTheSpot,
            boolean noticeGivenOrally) {
    }

    /** The application and whether it was an earlier answer replayed for the same Idempotency-Key. */
    public record Taken(Application application, boolean replayed) {
    }

    private final CatalogueService catalogue;
    private final Applications applications;
    private final CaseHistories history;
    private final Receptions receptions;
    private final Routing routing;
    private final CaseEvents events;
    private final IdempotencyKeys keys;
    private final Clock clock;
    private final ZoneId zone;
    private final AuditTrail audit;

    public IntakeService(CatalogueService catalogue, Applications applications, CaseHistories history,
            Receptions receptions, Routing routing, CaseEvents events, IdempotencyKeys keys, Clock clock,
            OfficeConfig office, AuditTrail audit) {
        this.audit = audit;
        this.catalogue = catalogue;
        this.applications = applications;
        this.history = history;
        this.receptions = receptions;
        this.routing = routing;
        this.events = events;
        this.keys = keys;
        this.clock = clock;
        this.zone = office.zone();
    }

    @Transactional
    public Taken apply(Actor actor, Submission s, String idempotencyKey, String requestHash) {
        PortalPolicy.requireOnlineChannel(actor, s.channel());
        NoticeDelivery delivery = NoticeDelivery.of(s.noticeGivenOrally(), s.channel());
        if (idempotencyKey != null) {
            Application earlier = replay(idempotencyKey, requestHash);
            if (earlier != null) {
                return new Taken(earlier, true);
            }
        }
        Instant now = clock.instant();
        Application app = new Application();
        app.id = UUID.randomUUID();
        app.itemCode = s.itemCode();
        app.applicantType = s.applicant().type();
        app.applicantId = s.applicant().idNumber();
        app.applicantName = s.applicant().name();
        app.applicantPhone = s.applicant().phone();
        app.applicantAttributes = s.applicant().attributes() == null ? Map.of() : s.applicant().attributes();
        app.channel = s.channel();
        app.materials = s.materials() == null ? List.of() : s.materials();
        app.receivedBy = actor.staffId();
        app.receivedAt = now;

        ServiceItem item = catalogue.find(s.itemCode()).orElse(null);
        if (item == null) {
            refer(app, s.itemCode());
        } else {
            app.itemVersion = item.version();
            MaterialCheck.requireKnown(item.code(), item.materials, app.materials);
            if (s.refusalGround() != null) {
                refuse(app, item, s.refusalGround(), s.refusalNote());
            } else {
                List<Shortfall> shortfalls = MaterialCheck.shortfalls(item.materials, app.applicantAttributes,
                        app.materials);
                if (shortfalls.isEmpty()) {
                    accept(app, item, now);
                } else {
                    app.outcome = Outcome.INCOMPLETE;
                    app.state = State.INCOMPLETE;
                    app.firstNotice = shortfalls;
                    app.firstNoticeBy = actor.staffId();
                    app.noticeDelivery = delivery;
                    app.postId = routing.assign(item).postId();
                }
            }
        }
        // the event first: it counts the case's event version, and the case is persisted complete, since Hibernate
        // inserts the state an entity has when persisted and a change after is one more update per application
        events.caseChanged(app, item, app.outcome.name(), outcomeDetail(app));
        applications.add(app);
        record(app, now, "RECEIVED", actor.staffId(), null, "via " + app.channel);
        record(app, now, app.outcome.name(), actor.staffId(), null, outcomeDetail(app));
        registerReception(app, actor, s.matter());
        if (idempotencyKey != null) {
            keys.remember(idempotencyKey, requestHash, app.id, now);
        }
        audit.record(actor, AuditAct.of("APPLIED", app.id).change(null, summary(app)));
        if (s.completeOnTheSpot()) {
            completeOnTheSpot(actor, app, item, now);
        }
        return new Taken(app, false);
    }

    private void completeOnTheSpot(Actor actor, Application app, ServiceItem item, Instant now) {
        if (item == null || !item.onTheSpot) {
            throw new RuleViolationException("WP-4", "item " + app.itemCode + " is not done on the spot (即办)");
        }
        if (app.outcome != Outcome.ACCEPTED) {
            return;
        }
        if (!actor.supervises() && !actor.staffId().equals(app.handler)) {
            throw new NotAllowedException("only the holder of post " + app.postId + " completes its cases");
        }
        app.state = State.COMPLETED;
        app.completedAt = now;
        app.completedBy = actor.staffId();
        app.completedFor = actor.staffId().equals(app.handler) ? app.actingFor : null;
        record(app, now, "COMPLETED", actor.staffId(), app.completedFor, "on the spot (即办)");
        events.caseChanged(app, item, "COMPLETED", "on the spot");
        audit.record(actor, AuditAct.of("COMPLETED", app.id).as(null, app.completedFor)
                .change(Map.of("state", State.ACCEPTED), summary(app)));
    }

    private Application replay(String key, String requestHash) {
        IdempotencyKeys.Use earlier = keys.find(key).orElse(null);
        if (earlier == null) {
            return null;
        }
        if (!earlier.requestHash().equals(requestHash)) {
            throw new ConflictException("Idempotency-Key " + key + " was used for a different request");
        }
        return applications.byId(earlier.applicationId());
    }

    private void refer(Application app, String code) {
        Referral r = catalogue.referral(code);
        if (r == null) {
            throw new NotFoundException("no service item " + code + " in the catalogue or the referral directory");
        }
        app.outcome = Outcome.REFERRED;
        app.state = State.REFERRED;
        Map<String, String> referral = new HashMap<>();
        referral.put("matter", r.matter);
        referral.put("unit", r.unit);
        referral.put("handler", r.handler);
        if (r.phone != null) {
            referral.put("phone", r.phone);
        }
        if (r.address != null) {
            referral.put("address", r.address);
        }
        app.referral = referral;
    }

    private void refuse(Application app, ServiceItem item, String groundCode, String note) {
        RefusalGround ground = item.refusalGrounds.stream().filter(g -> g.code().equals(groundCode)).findFirst()
                .orElseThrow(() -> new RuleViolationException("OTN-3", "refusal ground " + groundCode
                        + " is not one of item " + item.code() + "'s grounds"));
        app.outcome = Outcome.REFUSED;
        app.state = State.REFUSED;
        app.refusal = new Application.Refusal(ground.code(), ground.ground(), ground.basis(), note);
        app.completedAt = app.receivedAt;
    }

    /** SC-2.4: the clocks start now, when the materials are complete; the case goes to the post's holder. */
    private void accept(Application app, ServiceItem item, Instant now) {
        app.outcome = Outcome.ACCEPTED;
        app.state = State.ACCEPTED;
        app.acceptedAt = now;
        app.caseNumber = item.code() + "-" + now.atZone(zone).getYear() + "-"
                + String.format("%06d", applications.nextCaseNumber());
        Routing.Assignment a = routing.assign(item);
        app.postId = a.postId();
        app.handler = a.handler();
        app.actingFor = a.actingFor();
    }

    @Transactional
    public Application supplement(Actor actor, UUID id, List<SubmittedMaterial> materials) {
        Application app = application(actor, id);
        if (app.state != State.INCOMPLETE) {
            throw new ConflictException("application " + id + " is " + app.state + "; only an incomplete one takes "
                    + "supplements");
        }
        ServiceItem item = catalogue.version(app.itemCode, app.itemVersion);
        MaterialCheck.requireKnown(item.code(), item.materials, materials);
        Map<String, Object> before = summary(app);
        app.materials = MaterialCheck.merge(app.materials, materials);
        Instant now = clock.instant();
        MaterialCheck.SupplementCheck check = MaterialCheck.supplement(app.firstNotice,
                MaterialCheck.shortfalls(item.materials, app.applicantAttributes, app.materials));
        for (Shortfall demand : check.repeatedDemands()) {
            if (!app.repeatedDemands.contains(demand.code())) {
                app.repeatedDemands = new java.util.ArrayList<>(app.repeatedDemands);
                app.repeatedDemands.add(demand.code());
                String evidence = "OTN-3: material " + demand.code() + " (" + demand.name() + ", " + demand.reason()
                        + ") is required by " + item.code() + " v" + item.version() + " but the first notice, issued by "
                        + app.firstNoticeBy + ", did not list it; it is not demanded again";
                record(app, now, "REPEATED_DEMAND_REFUSED", actor.staffId(), null, evidence);
                events.violation("REPEATED_DEMAND", app.firstNoticeBy, null, app, evidence);
            }
        }
        record(app, now, "SUPPLEMENTED", actor.staffId(), null, materials.stream()
                .map(m -> m.code() + ":" + m.status()).toList().toString());
        if (check.complete()) {
            accept(app, item, now);
            record(app, now, "ACCEPTED", actor.staffId(), null, outcomeDetail(app));
            events.caseChanged(app, item, "ACCEPTED", "supplement completed what the first notice listed");
        }
        audit.record(actor, AuditAct.of("SUPPLEMENTED", app.id).change(before, summary(app)));
        return app;
    }

    /** What the applicant still has to bring: only ever items of the first notice (OTN-3). */
    public List<Shortfall> missing(Application app) {
        if (app.state != State.INCOMPLETE) {
            return List.of();
        }
        ServiceItem item = catalogue.version(app.itemCode, app.itemVersion);
        return MaterialCheck.supplement(app.firstNotice,
                MaterialCheck.shortfalls(item.materials, app.applicantAttributes, app.materials)).stillMissing();
    }

    /** The application as {@code actor} may see it (the portal: only what it submitted, {@link PortalPolicy}). */
    public Application application(Actor actor, UUID id) {
        return PortalPolicy.visible(actor, application(id));
    }

    public Application application(UUID id) {
        Application app = applications.byId(id);
        if (app == null) {
            throw new NotFoundException("no application " + id);
        }
        return app;
    }

    public List<CaseHistory> history(UUID id) {
        return history.of(id);
    }

    private void registerReception(Application app, Actor actor, String matter) {
        Reception r = new Reception();
        r.id = UUID.randomUUID();
        r.channel = app.channel;
        r.staffId = actor.staffId();
        r.postId = app.postId;
        r.at = app.receivedAt;
        r.matter = matter != null ? matter : "application for " + app.itemCode;
        r.outcome = "APPLICATION_" + app.outcome.name();
        r.itemCode = app.itemCode;
        r.applicationId = app.id;
        r.noticeDelivery = app.noticeDelivery;
        receptions.add(r);
    }

    void record(Application app, Instant at, String action, String actor, String actingFor, String detail) {
        history.add(new CaseHistory(app.id, at, action, actor, actingFor, detail));
    }

    /** What the audit trail keeps of an application before and after an act. */
    private static Map<String, Object> summary(Application app) {
        Map<String, Object> summary = new HashMap<>();
        summary.put("state", app.state);
        summary.put("outcome", app.outcome);
        summary.put("postId", app.postId);
        summary.put("handler", app.handler);
        summary.put("materials", app.materials.size());
        return summary;
    }

    private static String outcomeDetail(Application app) {
        return switch (app.outcome) {
            case ACCEPTED -> "case " + app.caseNumber + " to post " + app.postId
                    + (app.handler == null ? " (queued: nobody holds it)" : ", handler " + app.handler)
                    + (app.actingFor == null ? "" : " acting for " + app.actingFor);
            case INCOMPLETE -> "one-time notice" + (app.noticeDelivery == NoticeDelivery.ORAL ? " told orally" : "")
                    + ": " + app.firstNotice.stream().map(Shortfall::code).toList();
            case REFUSED -> app.refusal.ground() + " (" + app.refusal.basis() + ")";
            case REFERRED -> app.referral.get("unit") + ", " + app.referral.get("handler");
        };
    }
}
