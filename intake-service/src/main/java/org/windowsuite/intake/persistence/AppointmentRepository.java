package org.windowsuite.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.intake.domain.Appointment;

@ApplicationScoped
public class AppointmentRepository implements PanacheRepositoryBase<Appointment, java.util.UUID> {
}
