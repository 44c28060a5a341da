package org.windowsuite.deadline.domain;

import java.util.List;
import org.windowsuite.common.calendar.CalendarDay;

/** Where a loaded or corrected calendar year is announced; implemented through the outbox. */
public interface CalendarEvents {
    void yearPublished(int year, long version, List<CalendarDay> days);
}
