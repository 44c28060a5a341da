package org.windowsuite.complaint.domain;

import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.common.Actor;
import org.windowsuite.common.NotFoundException;

/**
 * Who may see a contact — one rule for the API and the console (FI-4, FI-7): complaint officers see every matter,
 * supervisors every matter of their own department; anyone else sees a contact they received, own or had
 * transferred to them, and a complaint-center matter routed to their own department. For everyone else the contact does not exist (404: its id confirms nothing).
 * What of a visible contact the reader may see of the reporter is {@link ReporterProtection}'s question.
 */
@ApplicationScoped
public class ContactVisibility {

    private final ContactService contacts;
    private final StaffDirectory staff;

    public ContactVisibility(ContactService contacts, StaffDirectory staff) {
        this.contacts = contacts;
        this.staff = staff;
    }

    public boolean maySee(Actor actor, boolean officer, Contact c) {
        if (officer || contacts.supervises(actor, c)) {
            return true;
        }
        if (actor.portal()) {
            return false;
        }
        if (contacts.involved(actor, c)) {
            return true;
        }
        StaffMember me = staff.find(actor.staffId());
        return c.isCenterMatter() && me != null && me.department != null && me.department.equals(c.department);
    }

    /** The contact when {@code actor} may see it; otherwise as if there were none. */
    public Contact visible(Actor actor, boolean officer, java.util.UUID id) {
        Contact c = contacts.contact(id);
        if (!maySee(actor, officer, c)) {
            throw new NotFoundException("no contact " + id);
        }
        return c;
    }
}
