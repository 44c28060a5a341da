package org.windowsuite.roster.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.windowsuite.roster.domain.RosterAlarm;
import org.windowsuite.roster.domain.RosterAlarms;

@ApplicationScoped
public class RosterAlarmRepository implements PanacheRepositoryBase<RosterAlarm, UUID>, RosterAlarms {

    @Override
    public void add(RosterAlarm alarm) {
        persist(alarm);
    }

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
