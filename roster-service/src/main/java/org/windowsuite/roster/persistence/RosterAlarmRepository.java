package org.windowsuite.roster.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.windowsuite.outbox.persistence.PanacheStore;
import org.windowsuite.roster.domain.RosterAlarm;
import org.windowsuite.roster.domain.RosterAlarms;

@ApplicationScoped
public class RosterAlarmRepository extends PanacheStore<RosterAlarm, UUID> implements RosterAlarms {

    @Override
    public List<RosterAlarm> open(String postId, String kind) {
        return list("postId = ?1 and kind = ?2 and resolvedAt is null", postId, kind);
    }

    @Override
    public List<RosterAlarm> recent(boolean openOnly) {
        return openOnly ? list("resolvedAt is null order by raisedAt desc")
                : find("order by raisedAt desc").page(0, 200).list();
    }
}
