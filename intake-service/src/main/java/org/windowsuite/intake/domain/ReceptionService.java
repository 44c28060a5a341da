package org.windowsuite.intake.domain;

import org.windowsuite.common.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.windowsuite.outbox.audit.AuditAct;
import org.windowsuite.outbox.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.NotFoundException;
import org.windowsuite.common.RuleViolationException;

/** The reception register (WP-8, SC-2.5) and appointments / extended-hours sessions (SC-2.6). */
@ApplicationScoped
public class ReceptionService {

    private final Receptions receptions;
    private final Appointments appointments;
    private final Clock clock;

    private final CoverageProjection posts;
    private final CatalogueService catalogue;

    private final AuditTrail audit;

    public ReceptionService(Receptions receptions, Appointments appointments, Clock clock,
            CoverageProjection posts, CatalogueService catalogue, AuditTrail audit) {
        this.audit = audit;
        this.posts = posts;
        this.catalogue = catalogue;
        this.receptions = receptions;
        this.appointments = appointments;
        this.clock = clock;
    }

    public record NewReception(String channel, String postId, String matter, String outcome, String itemCode,
            boolean difficult, String note) {
    }

    @Transactional
    public Reception register(Actor actor, NewReception n) {
        requireKnown("WP-8", n.postId(), n.itemCode());
        Reception r = new Reception();
        r.id = UUID.randomUUID();
        r.channel = n.channel();
        r.staffId = actor.staffId();
        r.postId = n.postId();
        r.at = clock.instant();
        r.matter = n.matter();
        r.outcome = n.outcome();
        r.itemCode = n.itemCode();
        r.difficult = n.difficult();
        r.note = n.note();
        receptions.add(r);
        audit.record(actor, AuditAct.of("RECEPTION_REGISTERED", r.id).change(null,
                java.util.Map.of("postId", String.valueOf(r.postId), "outcome", String.valueOf(r.outcome))));
        return r;
    }

    /** A post and an item named by a request exist here (the post in roster's announcements, the item in the catalogue). */
    private void requireKnown(String rule, String postId, String itemCode) {
        if (postId != null && posts.find(postId) == null) {
            throw new RuleViolationException(rule, "no post " + postId + " is known");
        }
        if (itemCode != null && catalogue.find(itemCode).isEmpty()) {
            throw new RuleViolationException(rule, "no service item " + itemCode + " is in the catalogue");
        }
    }

    public List<Reception> between(Instant from, Instant to, Boolean difficultOnly) {
        return receptions.between(from, to, Boolean.TRUE.equals(difficultOnly));
    }

    public record NewAppointment(String postId, LocalDate day, String slot, boolean extendedHours, String matter,
            String applicantName, String applicantPhone, String itemCode) {
    }

    @Transactional
    public Appointment book(Actor actor, NewAppointment n) {
        requireKnown("SC-2.6", n.postId(), n.itemCode());
        if (n.day().isBefore(LocalDate.now(clock))) {
            throw new RuleViolationException("SC-2.6", "an appointment cannot be booked in the past");
        }
        if (!org.windowsuite.common.calendar.WorkingCalendar.covers(n.day())) {
            throw new org.windowsuite.common.calendar.OutsideCalendarException(n.day());
        }
        if (!n.slot().matches("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d")) {
            throw new RuleViolationException("SC-2.6", "slot must read HH:MM-HH:MM within a day");
        }
        LocalTime start = LocalTime.parse(n.slot().substring(0, 5));
        LocalTime end = LocalTime.parse(n.slot().substring(6));
        if (!end.isAfter(start)) {
            throw new RuleViolationException("SC-2.6", "the slot must end after it starts");
        }
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.postId = n.postId();
        a.day = n.day();
        a.slot = n.slot();
        a.extendedHours = n.extendedHours();
        a.matter = n.matter();
        a.applicantName = n.applicantName();
        a.applicantPhone = n.applicantPhone();
        a.itemCode = n.itemCode();
        a.bookedBy = actor.staffId();
        a.bookedAt = clock.instant();
        a.state = "BOOKED";
        appointments.add(a);
        audit.record(actor, AuditAct.of("APPOINTMENT_BOOKED", a.id).change(null,
                java.util.Map.of("postId", a.postId, "day", a.day.toString(), "slot", a.slot)));
        return a;
    }

    @Transactional
    public Appointment setState(Actor actor, UUID id, String state) {
        Appointment a = appointments.byId(id);
        if (a == null) {
            throw new NotFoundException("no appointment " + id);
        }
        audit.record(actor, AuditAct.of("APPOINTMENT_" + state, a.id).change(java.util.Map.of("state", a.state),
                java.util.Map.of("state", state)));
        a.state = state;
        return a;
    }

    public List<Appointment> upcoming(String postId) {
        return appointments.bookedFrom(postId, LocalDate.now(clock));
    }
}
