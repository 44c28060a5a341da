package org.windowsuite.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.windowsuite.complaint.domain.WatchedClock;
import org.windowsuite.complaint.domain.WatchedClocks;

@ApplicationScoped
public class WatchedClockRepository implements PanacheRepositoryBase<WatchedClock, WatchedClock.Key>, WatchedClocks {

    @Override
    public WatchedClock byKey(WatchedClock.Key key) {
        return findById(key);
    }

    @Override
    public void add(WatchedClock clock) {
        persist(clock);
    }

    @Override
    public void remove(WatchedClock clock) {
        delete(clock);
    }

    @Override
    public List<WatchedClock> hot() {
        return list("level in ('WARNING', 'OVERDUE')");
    }

    @Override
    public List<WatchedClock> overdue() {
        return list("level", "OVERDUE");
    }

    @Override
    public List<WatchedClock> ofContact(UUID contactId) {
        return list("contactId", contactId);
    }
}
