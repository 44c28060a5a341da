package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.complaint.domain.WatchedClock;

@ApplicationScoped
public class WatchedClockRepository implements PanacheRepositoryBase<WatchedClock, WatchedClock.Key> {
}
