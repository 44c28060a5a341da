package org.windowsuite.complaint.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.windowsuite.outbox.audit.AuditAct;
import org.windowsuite.outbox.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.windowsuite.common.Actor;
import org.windowsuite.common.ConflictException;
import org.windowsuite.common.NotAllowedException;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.RuleViolationException;
import org.windowsuite.complaint.config.ComplaintConfig;

/**
 * First-inquiry responsibility (FI-1..FI-5): whoever receives a contact first owns it (the most senior when
 * several were present), answers it, refers it, or transfers it — to whoever covers for an absent colleague —
 * and stays answerable until the receiver acknowledges.
 */
@ApplicationScoped
public class ContactService {

    public record Client(String unit, String name, String phone, String preference) {
    }

    public record NewContact(String kind, String channel, String firstReceiver, List<String> presentStaff,
            Client client, String matter, String serviceItemCode, String postId) {
    }

    private final Contacts contacts;
    private final Transfers transfers;
    private final ContactHistories history;
    private final StaffMembers staff;
    private final CoverLookup cover;
    private final ContactEvents events;
    private final ComplaintConfig config;
    private final Clock clock;
    private final AuditTrail audit;

    public ContactService(Contacts contacts, Transfers transfers, ContactHistories history,
            StaffMembers staff, CoverLookup cover, ContactEvents events, ComplaintConfig config,
            Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.contacts = contacts;
        this.transfers = transfers;
        this.history = history;
        this.staff = staff;
        this.cover = cover;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Contact register(Actor actor, NewContact n) {
        List<String> present = n.presentStaff() == null ? List.of() : n.presentStaff();
        Map<String, Integer> ranks = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String id : concat(n.firstReceiver(), present)) {
            StaffMember m = staff.byId(id);
            if (m == null) {
                unknown.add(id);
            } else {
                ranks.put(id, m.rank);
            }
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("FI-1", "unknown staff: " + String.join(", ", unknown));
        }
        if (n.postId() != null && !cover.knows(n.postId())) {
            throw new RuleViolationException("FI-1", "no post " + n.postId() + " is known");
        }
        OwnerRule.Owner owner = OwnerRule.decide(n.firstReceiver(), present, ranks);
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.kind = n.kind();
        c.channel = n.channel();
        c.firstReceiver = n.firstReceiver();
        c.presentStaff = present;
        c.owner = owner.staffId();
        c.ownerRule = owner.why();
        Client client = n.client();
        c.anonymous = client == null || (client.name() == null && client.phone() == null && client.unit() == null);
        if (c.anonymous && !"REPORT".equals(n.kind())) {
            throw new RuleViolationException("FI-4", "only a report may be anonymous; record the client's name or phone");
        }
        if (client != null) {
            c.clientUnit = client.unit();
            c.clientName = client.name();
            c.clientPhone = client.phone();
            c.clientPreference = client.preference();
        }
        c.matter = n.matter();
        c.serviceItemCode = n.serviceItemCode();
        c.postId = n.postId();
        c.department = staff.byId(owner.staffId()).department;
        c.state = c.isCenterMatter() ? "REGISTERED" : "OPEN";
        c.receivedAt = clock.instant();
        contacts.add(c);
        record(c, actor, null, "REGISTERED", "via " + c.channel + "; owner " + c.owner + " (" + c.ownerRule + ")");
        events.changed(c, "REGISTERED", null, c.owner, null, null);
        return c;
    }

    /** FI-3: within the owner's remit — answered at once, everything told in one go. */
    @Transactional
    public Contact handle(Actor actor, UUID id, String answer) {
        Contact c = ownedOpen(actor, id);
        c.answer = answer;
        return closeByOwner(c, actor, "HANDLED", answer);
    }

    /** FI-4: outside the owner's remit but inside the organisation — told where to go. */
    @Transactional
    public Contact refer(Actor actor, UUID id, String to, String note) {
        Contact c = ownedOpen(actor, id);
        c.referredTo = to;
        c.answer = note;
        return closeByOwner(c, actor, "REFERRED", to + (note == null ? "" : ": " + note));
    }

    /** FI-5: outside the whole system — explained patiently, with what guidance one could give. */
    @Transactional
    public Contact outsideSystem(Actor actor, UUID id, String guidance) {
        Contact c = ownedOpen(actor, id);
        c.guidance = guidance;
        return closeByOwner(c, actor, "OUTSIDE_SYSTEM", guidance);
    }

    private Contact closeByOwner(Contact c, Actor actor, String outcome, String detail) {
        c.state = outcome;
        c.outcome = outcome;
        c.closedAt = clock.instant();
        record(c, actor, null, outcome, detail);
        events.changed(c, "RESOLVED", null, c.owner, null, null);
        return c;
    }

    /** FI-4: to a colleague; when they are away, to whoever covers for them, and it says so. */
    @Transactional
    public Transfer transfer(Actor actor, UUID id, String to, String note) {
        Contact c = contact(id);
        Transfer current = openTransfer(c.id);
        boolean mayTransfer = actor.staffId().equals(c.owner)
                || (current != null && actor.staffId().equals(current.receiver)) || supervises(actor, c);
        if (!mayTransfer) {
            throw new NotAllowedException("only the owner or the current receiver transfers contact " + id);
        }
        if (c.closedAt != null) {
            throw new ConflictException("contact " + id + " is " + c.state);
        }
        if (to.equals(actor.staffId())) {
            throw new RuleViolationException("FI-4", "a contact cannot be transferred to oneself");
        }
        if (staff.byId(to) == null) {
            throw new RuleViolationException("FI-4", "unknown staff: " + to);
        }
        String covering = cover.coverFor(to);
        Transfer t = new Transfer();
        t.id = UUID.randomUUID();
        t.contactId = c.id;
        t.fromStaff = actor.staffId();
        t.requestedTo = to;
        t.receiver = covering != null ? covering : to;
        t.coveringFor = covering != null ? to : null;
        if (t.receiver.equals(actor.staffId())) {
            throw new RuleViolationException("FI-4", actor.staffId() + " covers for " + to + " already: handle it");
        }
        t.note = note;
        t.transferredAt = clock.instant();
        if (current != null && current.resolvedAt == null) {
            current.resolvedAt = t.transferredAt;
            current.resolution = "transferred on to " + t.receiver;
        }
        transfers.add(t);
        c.state = "TRANSFERRED";
        record(c, actor, null, "TRANSFERRED", "to " + t.receiver + (t.coveringFor == null ? ""
                : " covering for " + t.coveringFor + " (away)") + (note == null ? "" : ": " + note));
        ComplaintConfig.Limits limits = config.transferByKind().getOrDefault(c.kind, config.transfer());
        events.changed(c, "TRANSFERRED", t, t.receiver, t.coveringFor, new ContactEvents.Limits(
                limits.acknowledgeDays(), limits.contactDays(), limits.resolveDays()));
        return t;
    }

    /** The receiver has read it (阅知): from now on they, not the owner, answer for it. */
    @Transactional
    public Transfer acknowledge(Actor actor, UUID transferId) {
        Transfer t = received(actor, transferId);
        if (t.acknowledgedAt != null) {
            throw new ConflictException("transfer " + transferId + " was acknowledged already");
        }
        t.acknowledgedAt = clock.instant();
        Contact c = contact(t.contactId);
        record(c, actor, t.coveringFor, "ACKNOWLEDGED", null);
        events.changed(c, "ACKNOWLEDGED", t, t.receiver, t.coveringFor, null);
        return t;
    }

    @Transactional
    public Transfer contacted(Actor actor, UUID transferId, String note) {
        Transfer t = received(actor, transferId);
        if (t.acknowledgedAt == null) {
            t.acknowledgedAt = clock.instant();
        }
        t.contactedAt = clock.instant();
        Contact c = contact(t.contactId);
        record(c, actor, t.coveringFor, "CLIENT_CONTACTED", note);
        events.changed(c, "CONTACTED", t, t.receiver, t.coveringFor, null);
        return t;
    }

    @Transactional
    public Transfer resolve(Actor actor, UUID transferId, String resolution) {
        Transfer t = received(actor, transferId);
        Instant now = clock.instant();
        if (t.acknowledgedAt == null) {
            t.acknowledgedAt = now;
        }
        t.resolvedAt = now;
        t.resolution = resolution;
        Contact c = contact(t.contactId);
        c.state = "RESOLVED";
        c.outcome = "RESOLVED_BY_RECEIVER";
        c.answer = resolution;
        c.closedAt = now;
        record(c, actor, t.coveringFor, "RESOLVED", resolution);
        events.changed(c, "RESOLVED", t, t.receiver, t.coveringFor, null);
        return t;
    }

    public Contact contact(UUID id) {
        Contact c = contacts.byId(id);
        if (c == null) {
            throw new NotFoundException("no contact " + id);
        }
        return c;
    }

    public List<Transfer> transfersOf(UUID contactId) {
        return transfers.ofContact(contactId);
    }

    public List<ContactHistory> historyOf(UUID contactId) {
        return history.ofContact(contactId);
    }

    public List<Contact> inbox(String kind, String channel, String department, String state) {
        return contacts.inbox(kind, channel, department, state);
    }

    /** What a staff member has in hand: contacts they own or received, and those transferred to them. */
    public List<Contact> mine(String staffId) {
        return contacts.inHandOf(staffId);
    }

    /** Whether the actor is in the contact's story: its owner, first receiver or a receiver of one of its transfers. */
    public boolean involved(Actor actor, Contact c) {
        return actor.staffId().equals(c.owner) || actor.staffId().equals(c.firstReceiver)
                || transfersOf(c.id).stream().anyMatch(t -> actor.staffId().equals(t.receiver));
    }

    /** Every act on a contact: its history line, and (for a person's act) the audit trail with the state after. */
    void record(Contact c, Actor actor, String actingFor, String action, String detail) {
        history.add(new ContactHistory(c.id, clock.instant(), action, actor == null ? null : actor.staffId(),
                actingFor, detail));
        if (actor != null) {
            java.util.Map<String, Object> after = new java.util.HashMap<>();
            after.put("state", c.state);
            after.put("owner", c.owner);
            after.put("department", c.department);
            audit.record(actor, AuditAct.of(action, c.id).as(null, actingFor).change(null, after));
        }
    }

    /** A supervisor's reach: the matters of their own department; an admin's, all. */
    public boolean supervises(Actor actor, Contact c) {
        if (actor.admin()) {
            return true;
        }
        if (!actor.supervises()) {
            return false;
        }
        var me = staff.byId(actor.staffId());
        return me != null && me.department != null && me.department.equals(c.department);
    }

    private Contact ownedOpen(Actor actor, UUID id) {
        Contact c = contact(id);
        if (!actor.staffId().equals(c.owner) && !supervises(actor, c)) {
            throw new NotAllowedException("only the first-inquiry owner " + c.owner + " closes contact " + id);
        }
        if (c.closedAt != null || c.isCenterMatter()) {
            throw new ConflictException("contact " + id + " is " + c.state
                    + (c.isCenterMatter() ? "; the complaint center routes it" : ""));
        }
        return c;
    }

    private Transfer received(Actor actor, UUID transferId) {
        Transfer t = transfers.byId(transferId);
        if (t == null) {
            throw new NotFoundException("no transfer " + transferId);
        }
        if (!actor.staffId().equals(t.receiver) && !supervises(actor, contact(t.contactId))) {
            throw new NotAllowedException("only the receiver " + t.receiver + " acts on transfer " + transferId);
        }
        if (t.resolvedAt != null) {
            throw new ConflictException("transfer " + transferId + " is resolved");
        }
        return t;
    }

    private Transfer openTransfer(UUID contactId) {
        return transfers.openOf(contactId);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        rest.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return all;
    }
}
