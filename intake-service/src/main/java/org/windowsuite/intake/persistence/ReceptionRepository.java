package org.windowsuite.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.intake.domain.Reception;

@ApplicationScoped
public class ReceptionRepository implements PanacheRepositoryBase<Reception, java.util.UUID> {
}
