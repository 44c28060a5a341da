package org.windowsuite.common.calendar;

/** A calendar question that makes no sense (a negative number of working days): 400. */
public class CalendarArgumentException extends IllegalArgumentException {
    public CalendarArgumentException(String message) {
        super(message);
    }
}
