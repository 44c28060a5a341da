package org.windowsuite.roster.api;

import org.windowsuite.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.roster.domain.AlarmService;

/** The supervisors' alarm board: empty posts (AB-3), missing and late handovers (AB-4). */
@Path("/api/roster/alarms")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class AlarmResource {

    private final AlarmService alarms;
    private final OfficeConfig office;

    public AlarmResource(AlarmService alarms, OfficeConfig office) {
        this.alarms = alarms;
        this.office = office;
    }

    public record AlarmView(UUID id, String kind, String postId, String staffId, String detail,
            OffsetDateTime raisedAt, OffsetDateTime resolvedAt) {
    }

    @GET
    public List<AlarmView> list(@QueryParam("open") @DefaultValue("true") boolean openOnly) {
        return alarms.list(openOnly).stream().map(a -> new AlarmView(a.id, a.kind, a.postId, a.staffId, a.detail,
                a.raisedAt.atZone(office.zone()).toOffsetDateTime(),
                a.resolvedAt == null ? null : a.resolvedAt.atZone(office.zone()).toOffsetDateTime())).toList();
    }
}
