package org.windowsuite.common.calendar;

import org.windowsuite.common.RuleViolationException;

/**
 * A date the working-day calendar does not cover at all (before the first State Council schedule it ships, or
 * beyond the years the holiday law is projected to). Inside that range nothing is unknown: an unpublished year
 * is provisional, never an error.
 */
public class OutsideCalendarException extends RuleViolationException {

    public OutsideCalendarException(Object what) {
        super("CALENDAR", "the working-day calendar covers " + WorkingCalendar.FIRST_DAY + " to "
                + WorkingCalendar.LAST_DAY + "; " + what + " lies outside it");
    }
}
