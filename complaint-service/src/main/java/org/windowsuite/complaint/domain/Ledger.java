package org.windowsuite.complaint.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.windowsuite.outbox.audit.AuditAct;
import org.windowsuite.outbox.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.windowsuite.common.Actor;
import org.windowsuite.common.ConflictException;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.RuleViolationException;
import org.windowsuite.complaint.config.ComplaintConfig;
import org.windowsuite.complaint.domain.Violation.State;

/**
 * The accountability ledger (OTN-6, FI-8): candidates arrive from events and upheld complaints; a complaint
 * officer verifies or dismisses them; a verified one deducts points by the configured table; the staff member
 * may appeal once. Acts done by B while covering count against B (AB-5), recorded with whom B acted for.
 */
@ApplicationScoped
public class Ledger {

    public record Candidate(String kind, String staffId, String actingFor, String department, String subjectType,
            String subjectId, String evidence, UUID sourceEventId, Instant occurredAt) {
    }

    public record Summary(String key, long candidates, long verified, long dismissed, long points) {
    }

    private final Violations violations;
    private final ComplaintConfig config;
    private final Clock clock;
    private final AuditTrail audit;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Ledger.class);

    public Ledger(Violations violations, ComplaintConfig config, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.violations = violations;
        this.config = config;
        this.clock = clock;
    }

    /** @return the new entry; null for a candidate that names nobody (there is no one to hold accountable) */
    @Transactional(Transactional.TxType.MANDATORY)
    public Violation candidate(Candidate c) {
        if (c.staffId() == null || c.staffId().isBlank()) {
            LOG.warnf("accountability candidate %s on %s %s names nobody; not entered in the ledger", c.kind(),
                    c.subjectType(), c.subjectId());
            return null;
        }
        Violation v = new Violation();
        v.id = UUID.randomUUID();
        v.sourceEventId = c.sourceEventId();
        v.kind = c.kind();
        v.staffId = c.staffId();
        v.actingFor = c.actingFor();
        v.department = c.department();
        v.subjectType = c.subjectType();
        v.subjectId = c.subjectId();
        v.evidence = c.evidence();
        v.state = State.CANDIDATE;
        v.occurredAt = c.occurredAt();
        violations.add(v);
        return v;
    }

    @Transactional
    public Violation verify(Actor officer, UUID id, String note) {
        return decide(officer, id, note, State.VERIFIED,
                v -> config.points().getOrDefault(v.kind, config.defaultPoints()));
    }

    @Transactional
    public Violation dismiss(Actor officer, UUID id, String note) {
        return decide(officer, id, note, State.DISMISSED, v -> 0);
    }

    /** OTN-6: an officer who is not the one accused decides a candidate; the audit trail keeps before and after. */
    private Violation decide(Actor officer, UUID id, String note, State outcome,
            java.util.function.ToIntFunction<Violation> points) {
        Violation v = pending(id);
        LedgerDecisionPolicy.requireImpartial(officer, v);
        Map<String, Object> before = summary(v);
        v.state = outcome;
        v.points = points.applyAsInt(v);
        decided(v, officer, note);
        audit.record(officer, AuditAct.of(outcome.name(), v.id).change(before, summary(v)));
        return v;
    }

    /** The staff member may appeal a verified entry once. */
    @Transactional
    public Violation appeal(Actor actor, UUID id, String reason) {
        Violation v = violation(id);
        if (!actor.staffId().equals(v.staffId)) {
            throw new NotAllowedException("only " + v.staffId + " may appeal this entry");
        }
        if (v.state != State.VERIFIED) {
            throw new ConflictException("only a verified entry can be appealed; this one is " + v.state);
        }
        if (v.appealedAt != null) {
            throw new ConflictException("this entry was appealed already");
        }
        v.appealReason = reason;
        v.appealedAt = clock.instant();
        audit.record(actor, AuditAct.of("APPEALED", v.id).change(null, summary(v)));
        return v;
    }

    /** UPHELD keeps the points, REDUCED sets fewer, REVOKED cancels them. */
    @Transactional
    public Violation decideAppeal(Actor officer, UUID id, String outcome, Integer points) {
        Violation v = violation(id);
        LedgerDecisionPolicy.requireImpartial(officer, v);
        Map<String, Object> before = summary(v);
        if (v.appealedAt == null || v.appealOutcome != null) {
            throw new ConflictException("there is no undecided appeal on this entry");
        }
        switch (outcome) {
            case "UPHELD" -> {
            }
            case "REDUCED" -> {
                if (points == null || points < 0 || points >= v.points) {
                    throw new RuleViolationException("OTN-6", "a reduction needs points between 0 and " + (v.points - 1));
                }
                v.points = points;
            }
            case "REVOKED" -> v.points = 0;
            default -> throw new RuleViolationException("OTN-6", "the outcome is UPHELD, REDUCED or REVOKED");
        }
        v.appealOutcome = outcome;
        v.appealDecidedBy = officer.staffId();
        v.appealDecidedAt = clock.instant();
        audit.record(officer, AuditAct.of("APPEAL_" + outcome, v.id).change(before, summary(v)));
        return v;
    }

    private static Map<String, Object> summary(Violation v) {
        Map<String, Object> s = new java.util.HashMap<>();
        s.put("state", v.state);
        s.put("points", v.points);
        s.put("staffId", v.staffId);
        s.put("appealOutcome", v.appealOutcome);
        return s;
    }

    public Violation violation(UUID id) {
        Violation v = violations.byId(id);
        if (v == null) {
            throw new NotFoundException("no ledger entry " + id);
        }
        return v;
    }

    public List<Violation> byState(State state) {
        return violations.inState(state);
    }

    public List<Violation> ofStaff(String staffId, Instant from, Instant to) {
        return violations.ofStaff(staffId, from, to);
    }

    public List<Violation> between(Instant from, Instant to) {
        return violations.between(from, to);
    }

    /** Appeals not yet decided (OTN-6: a staff member may contest an entry once). */
    public List<Violation> pendingAppeals() {
        return violations.pendingAppeals();
    }

    public List<Summary> byDepartment(Instant from, Instant to) {
        Map<String, long[]> rows = new TreeMap<>();
        for (Violation v : violations.between(from, to)) {
            long[] r = rows.computeIfAbsent(v.department == null ? "-" : v.department, k -> new long[4]);
            switch (v.state) {
                case CANDIDATE -> r[0]++;
                case VERIFIED -> r[1]++;
                case DISMISSED -> r[2]++;
            }
            r[3] += v.deductedPoints();
        }
        return rows.entrySet().stream().map(e -> new Summary(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    private Violation pending(UUID id) {
        Violation v = violation(id);
        if (v.state != State.CANDIDATE) {
            throw new ConflictException("entry " + id + " is " + v.state + " already");
        }
        return v;
    }

    private void decided(Violation v, Actor officer, String note) {
        v.decidedBy = officer.staffId();
        v.decidedAt = clock.instant();
        v.decisionNote = note;
    }
}
