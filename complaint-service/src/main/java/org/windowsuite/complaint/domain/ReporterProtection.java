package org.windowsuite.complaint.domain;

/**
 * FI-7: the identity and contact of a report's reporter are seen by complaint officers only; everyone else sees
 * the matter without them. Every view of a contact goes through here.
 */
public final class ReporterProtection {

    public static final String WITHHELD = "(reporter protected)";

    private ReporterProtection() {
    }

    public static ContactService.Client clientAsSeenBy(Contact c, boolean complaintOfficer) {
        if (c.anonymous) {
            return null;
        }
        if (c.reporterProtected() && !complaintOfficer) {
            return new ContactService.Client(WITHHELD, WITHHELD, WITHHELD, null);
        }
        return new ContactService.Client(c.clientUnit, c.clientName, c.clientPhone, c.clientPreference);
    }
}
