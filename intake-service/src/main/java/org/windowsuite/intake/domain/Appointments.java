package org.windowsuite.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** SC-2.6: appointments and extended-hours sessions; persistence implements it. */
public interface Appointments {

    void add(Appointment appointment);

    /** The appointment, or null. */
    Appointment byId(UUID id);

    /** The post's booked appointments from {@code day} on, by day and slot. */
    List<Appointment> bookedFrom(String postId, LocalDate day);
}
