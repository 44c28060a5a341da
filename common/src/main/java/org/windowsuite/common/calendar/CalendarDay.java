package org.windowsuite.common.calendar;

import java.time.LocalDate;

/**
 * One day listed by a State Council holiday notice: {@code offDay} true is a statutory holiday, false a make-up
 * working day (调休).
 */
public record CalendarDay(LocalDate date, String name, boolean offDay) {
}
