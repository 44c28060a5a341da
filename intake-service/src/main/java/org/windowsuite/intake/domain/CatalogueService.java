package org.windowsuite.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.windowsuite.outbox.audit.AuditAct;
import org.windowsuite.outbox.audit.AuditTrail;
import org.windowsuite.common.Actor;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.windowsuite.common.ConflictException;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.RuleViolationException;

/**
 * The service-item catalogue (SC-2.1, SC-2.2, OTN-1): every item states its legal basis, procedure, limits and
 * materials, and is searched at the window (WP-1, WP-2, WP-3); every edit is a new version, cases keep theirs.
 */
@ApplicationScoped
public class CatalogueService {

    private final ServiceItems items;
    private final Referrals referrals;
    private final Clock clock;
    private final AuditTrail audit;

    public CatalogueService(ServiceItems items, Referrals referrals, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.items = items;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** An item's content; {@code code} and {@code version} are set by the service. */
    public record Content(String name, String department, String basis, int promisedDays, int statutoryDays,
            int maxExtensionDays, List<String> procedure, String fees, List<Material> materials,
            List<RefusalGround> refusalGrounds, List<String> posts, String consultationPhone, boolean onTheSpot) {
    }

    @Transactional
    public ServiceItem create(Actor by, String code, Content content) {
        if (items.current(code).isPresent()) {
            throw new ConflictException("service item " + code + " exists already; edit it to make a new version");
        }
        ServiceItem item = store(code, 1, content, by.staffId());
        audit.record(by, AuditAct.of("ITEM_CREATED", code).change(null, java.util.Map.of("version", 1)));
        return item;
    }

    @Transactional
    public ServiceItem revise(Actor by, String code, Content content) {
        ServiceItem current = current(code);
        current.current = false;
        items.retire(current);
        ServiceItem item = store(code, current.version() + 1, content, by.staffId());
        audit.record(by, AuditAct.of("ITEM_REVISED", code).change(java.util.Map.of("version", current.version()),
                java.util.Map.of("version", item.version())));
        return item;
    }

    private ServiceItem store(String code, int version, Content c, String by) {
        validate(code, c);
        ServiceItem item = new ServiceItem();
        item.key = new ServiceItem.Key(code, version);
        item.current = true;
        item.name = c.name();
        item.department = c.department();
        item.basis = c.basis();
        item.promisedDays = c.promisedDays();
        item.statutoryDays = c.statutoryDays();
        item.maxExtensionDays = c.maxExtensionDays();
        item.procedure = c.procedure() == null ? List.of() : c.procedure();
        item.fees = c.fees();
        item.materials = c.materials();
        item.refusalGrounds = c.refusalGrounds() == null ? List.of() : c.refusalGrounds();
        item.posts = c.posts() == null ? List.of() : c.posts();
        item.consultationPhone = c.consultationPhone();
        item.onTheSpot = c.onTheSpot();
        item.createdAt = clock.instant();
        item.createdBy = by;
        items.add(item);
        return item;
    }

    static void validate(String code, Content c) {
        if (c.promisedDays() > c.statutoryDays()) {
            throw new RuleViolationException("SC-2.3", "the promised limit (" + c.promisedDays()
                    + " working days) may not exceed the statutory limit (" + c.statutoryDays() + ")");
        }
        Set<String> codes = new HashSet<>();
        for (Material m : c.materials()) {
            if (!codes.add(m.code())) {
                throw new RuleViolationException("OTN-1", "material " + m.code() + " is listed twice in " + code);
            }
            if (!m.required() && (m.conditionAttribute() == null) != (m.conditionValue() == null)) {
                throw new RuleViolationException("OTN-1", "conditional material " + m.code()
                        + " needs both conditionAttribute and conditionValue");
            }
        }
    }

    public java.util.Optional<ServiceItem> find(String code) {
        return items.current(code);
    }

    public ServiceItem current(String code) {
        return items.current(code).orElseThrow(() -> new NotFoundException("no service item " + code));
    }

    public ServiceItem version(String code, int version) {
        return items.version(code, version)
                .orElseThrow(() -> new NotFoundException("no version " + version + " of service item " + code));
    }

    public List<ServiceItem> all(String q) {
        return q == null || q.isBlank() ? items.allCurrent() : items.search(q.trim());
    }

    @Transactional
    public Referral saveReferral(Actor by, Referral referral) {
        Referral existing = referrals.byCode(referral.code);
        audit.record(by, AuditAct.of("REFERRAL_SAVED", referral.code).change(
                existing == null ? null : java.util.Map.of("unit", existing.unit, "handler", existing.handler),
                java.util.Map.of("unit", referral.unit, "handler", referral.handler)));
        if (existing == null) {
            referrals.add(referral);
            return referral;
        }
        existing.matter = referral.matter;
        existing.unit = referral.unit;
        existing.handler = referral.handler;
        existing.phone = referral.phone;
        existing.address = referral.address;
        return existing;
    }

    public Referral referral(String code) {
        return referrals.byCode(code);
    }

    public List<Referral> referrals() {
        return referrals.all();
    }
}
