package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.complaint.domain.Transfer;

@ApplicationScoped
public class TransferRepository implements PanacheRepositoryBase<Transfer, java.util.UUID> {
}
