package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.complaint.domain.CoverHolder;

@ApplicationScoped
public class CoverHolderRepository implements PanacheRepositoryBase<CoverHolder, String> {
}
