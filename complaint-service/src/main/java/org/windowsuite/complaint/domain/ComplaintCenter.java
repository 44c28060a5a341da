package org.windowsuite.complaint.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.windowsuite.common.Actor;
import org.windowsuite.common.ConflictException;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.RuleViolationException;
import org.windowsuite.complaint.config.ComplaintConfig;

/**
 * FI-7: the complaint center registers complaints, reports, opinions and suggestions truthfully, routes them to
 * the responsible department, reviews the answer, supervises, and closes with the client's rating (好差评).
 */
@ApplicationScoped
public class ComplaintCenter {

    private final ContactService contacts;
    private final RoutingRules rules;
    private final StaffMembers staff;
    private final Ledger ledger;
    private final ContactEvents events;
    private final ComplaintConfig config;
    private final Clock clock;

    public ComplaintCenter(ContactService contacts, RoutingRules rules, StaffMembers staff,
            Ledger ledger, ContactEvents events, ComplaintConfig config, Clock clock) {
        this.contacts = contacts;
        this.rules = rules;
        this.staff = staff;
        this.ledger = ledger;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** FI-7: a matter goes to a department that exists: one roster-service has announced staff of. */
    private void requireDepartment(String department) {
        if (!staff.departmentExists(department)) {
            throw new RuleViolationException("FI-7", "no department " + department + " is known");
        }
    }

    /** Routes to {@code department}, or by the routing table: service item, then post, then keyword in the matter. */
    @Transactional
    public Contact route(Actor actor, UUID id, String department) {
        Contact c = centerMatter(id, "REGISTERED", "ROUTED");
        if (department != null) {
            requireDepartment(department);
        }
        String target = department != null ? department : lookup(c);
        if (target == null) {
            throw new RuleViolationException("FI-7", "no routing rule matches this matter; name the department");
        }
        c.department = target;
        c.state = "ROUTED";
        contacts.record(c, actor, null, "ROUTED", "to department " + target);
        events.changed(c, "ROUTED", null, null, null, ContactEvents.Limits.resolveIn(config.resolveDays()));
        return c;
    }

    String lookup(Contact c) {
        if (c.serviceItemCode != null) {
            RoutingRule r = rules.byMatch("ITEM", c.serviceItemCode);
            if (r != null) {
                return r.department;
            }
        }
        if (c.postId != null) {
            RoutingRule r = rules.byMatch("POST", c.postId);
            if (r != null) {
                return r.department;
            }
        }
        String matter = c.matter.toLowerCase(Locale.ROOT);
        return rules.keywords().stream()
                .filter(r -> matter.contains(r.match.toLowerCase(Locale.ROOT))).map(r -> r.department).findFirst()
                .orElse(null);
    }

    /** The responsible department answers. */
    @Transactional
    public Contact answer(Actor actor, boolean officer, UUID id, String answer) {
        Contact c = centerMatter(id, "ROUTED");
        StaffMember member = staff.byId(actor.staffId());
        if (!officer && (member == null || !member.department.equals(c.department))) {
            throw new NotAllowedException("only department " + c.department + " answers this matter");
        }
        c.answer = answer;
        c.state = "ANSWERED";
        contacts.record(c, actor, null, "ANSWERED", answer);
        events.changed(c, "ANSWERED", null, null, null, null);
        return c;
    }

    /** The center accepts the answer, or sends it back to the department. */
    @Transactional
    public Contact review(Actor actor, UUID id, boolean accept, String note) {
        Contact c = centerMatter(id, "ANSWERED");
        c.state = accept ? "REVIEWED" : "ROUTED";
        contacts.record(c, actor, null, accept ? "REVIEW_ACCEPTED" : "SENT_BACK", note);
        return c;
    }

    /** 督办: the center supervises the department's work with its own deadline. */
    @Transactional
    public Contact supervise(Actor actor, UUID id, int days, String note) {
        Contact c = centerMatter(id, "ROUTED", "ANSWERED");
        c.supervisionNote = note;
        contacts.record(c, actor, null, "SUPERVISED", days + " working days: " + note);
        events.changed(c, "SUPERVISED", null, null, null, ContactEvents.Limits.resolveIn(days));
        return c;
    }

    /**
     * Closes with the client's satisfaction rating, once per matter; a poor rating (1 or 2) opens a follow-up.
     * An upheld complaint against a staff member becomes a candidate on the ledger.
     */
    @Transactional
    public Contact close(Actor actor, UUID id, int rating, String comment, String upheldAgainst) {
        Contact c = contacts.contact(id);
        if (c.rating != null) {
            throw new ConflictException("matter " + id + " was rated already (" + c.rating + ")");
        }
        if (!c.isCenterMatter() || !List.of("ANSWERED", "REVIEWED").contains(c.state)) {
            throw new ConflictException("matter " + id + " is " + c.state + "; it closes once answered");
        }
        if (rating < 1 || rating > 5) {
            throw new RuleViolationException("FI-7", "the rating runs from 1 to 5");
        }
        c.rating = rating;
        c.ratingComment = comment;
        c.closedAt = clock.instant();
        contacts.record(c, actor, null, "RATED", rating + (comment == null ? "" : ": " + comment));
        if (upheldAgainst != null) {
            if (staff.byId(upheldAgainst) == null) {
                throw new RuleViolationException("FI-8", "unknown staff: " + upheldAgainst);
            }
            ledger.candidate(new Ledger.Candidate("COMPLAINT_UPHELD", upheldAgainst, null, c.department, "CONTACT",
                    c.id.toString(), "FI-8: complaint upheld by the complaint center: " + c.matter, null,
                    clock.instant()));
        }
        if (rating <= 2) {
            c.followUp = true;
            c.state = "FOLLOW_UP";
            contacts.record(c, actor, null, "FOLLOW_UP_OPENED", "poor rating");
            events.changed(c, "FOLLOW_UP", null, null, null, ContactEvents.Limits.resolveIn(config.followUpDays()));
        } else {
            c.state = "CLOSED";
            events.changed(c, "CLOSED", null, null, null, null);
        }
        return c;
    }

    @Transactional
    public Contact closeFollowUp(Actor actor, UUID id, String note) {
        Contact c = centerMatter(id, "FOLLOW_UP");
        c.state = "CLOSED";
        contacts.record(c, actor, null, "FOLLOW_UP_CLOSED", note);
        events.changed(c, "CLOSED", null, null, null, null);
        return c;
    }

    @Transactional
    public RoutingRule saveRule(Actor actor, String matchKind, String match, String department) {
        requireDepartment(department);
        RoutingRule r = rules.byMatch(matchKind, match);
        if (r == null) {
            r = new RoutingRule();
            r.id = UUID.randomUUID();
            r.matchKind = matchKind;
            r.match = match;
            r.department = department;
            r.createdBy = actor.staffId();
            rules.add(r);
        } else {
            r.department = department;
        }
        return r;
    }

    @Transactional
    public void deleteRule(UUID id) {
        if (!rules.remove(id)) {
            throw new NotFoundException("no routing rule " + id);
        }
    }

    public List<RoutingRule> rules() {
        return rules.all();
    }

    private Contact centerMatter(UUID id, String... states) {
        Contact c = contacts.contact(id);
        if (!c.isCenterMatter()) {
            throw new ConflictException("contact " + id + " is a " + c.kind + ", not a complaint-center matter");
        }
        if (!List.of(states).contains(c.state)) {
            throw new ConflictException("matter " + id + " is " + c.state + "; this needs " + List.of(states));
        }
        return c;
    }
}
