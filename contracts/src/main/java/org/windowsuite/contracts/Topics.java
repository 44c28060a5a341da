package org.windowsuite.contracts;

/** Kafka topic names shared by producers and consumers: {@code <area>.<what>.v<N>}. */
public final class Topics {
    public static final String ROSTER_COVERAGE = "roster.coverage.v1";
    public static final String ROSTER_STAFF = "roster.staff.v1";
    public static final String ROSTER_ALARMS = "roster.alarms.v1";
    public static final String CALENDAR_YEARS = "calendar.years.v1";
    public static final String INTAKE_CASES = "intake.cases.v1";
    public static final String COMPLAINT_CONTACTS = "complaint.contacts.v1";
    public static final String DEADLINE_ALERTS = "deadline.alerts.v1";
    public static final String ACCOUNTABILITY_VIOLATIONS = "accountability.violations.v1";

    /** Suffix of the dead-letter topic a consumer writes poison messages of a topic to. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }
}
