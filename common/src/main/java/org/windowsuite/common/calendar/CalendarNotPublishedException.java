package org.windowsuite.common.calendar;

import org.windowsuite.common.RuleViolationException;

/** A date in a year whose schedule has not been loaded: never guessed from weekdays. */
public class CalendarNotPublishedException extends RuleViolationException {
    private final int year;

    public CalendarNotPublishedException(int year) {
        super("CALENDAR", "calendar for " + year + " not published");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
