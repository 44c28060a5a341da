package org.windowsuite.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.windowsuite.intake.domain.Appointment;
import org.windowsuite.intake.domain.Appointments;

@ApplicationScoped
public class AppointmentRepository implements PanacheRepositoryBase<Appointment, UUID>, Appointments {

    @Override
    public void add(Appointment appointment) {
        persist(appointment);
    }

    @Override
    public Appointment byId(UUID id) {
        return findById(id);
    }

    @Override
    public List<Appointment> bookedFrom(String postId, LocalDate day) {
        return list("postId = ?1 and day >= ?2 and state = 'BOOKED' order by day, slot", postId, day);
    }
}
