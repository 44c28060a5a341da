package org.windowsuite.intake.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.windowsuite.intake.domain.Appointment;
import org.windowsuite.intake.domain.Appointments;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class AppointmentRepository extends PanacheStore<Appointment, UUID> implements Appointments {

    @Override
    public List<Appointment> bookedFrom(String postId, LocalDate day) {
        return list("postId = ?1 and day >= ?2 and state = 'BOOKED' order by day, slot", postId, day);
    }
}
