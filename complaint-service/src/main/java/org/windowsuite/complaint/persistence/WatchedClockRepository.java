package org.windowsuite.complaint.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.windowsuite.complaint.domain.WatchedClock;
import org.windowsuite.complaint.domain.WatchedClocks;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class WatchedClockRepository extends PanacheStore<WatchedClock, WatchedClock.Key> implements WatchedClocks {

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
