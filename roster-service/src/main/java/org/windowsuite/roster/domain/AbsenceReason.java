package org.windowsuite.roster.domain;

/** Reason categories shown on the public whereabouts board; private detail stays in the note. */
public enum AbsenceReason {
    LEAVE, SICK, MEETING, TRAINING, BUSINESS_TRIP, OTHER
}
