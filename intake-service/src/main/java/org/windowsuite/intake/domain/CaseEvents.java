package org.windowsuite.intake.domain;

/** Where case changes and candidate violations are announced; implemented through the outbox. */
public interface CaseEvents {

    /** intake.cases.v1: {@code change} as in the contract (ACCEPTED, INCOMPLETE, PAUSED, REASSIGNED …). */
    void caseChanged(Application application, ServiceItem item, String change, String reason);

    /** accountability.violations.v1: a candidate for the ledger (OTN-6), verified later by the complaint center. */
    void violation(String kind, String staffId, String actingFor, Application application, String evidence);
}
