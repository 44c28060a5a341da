package org.windowsuite.roster.api;

import org.windowsuite.common.input.Limits;
import org.windowsuite.common.input.SafeId;
import org.windowsuite.common.CurrentActor;
import org.windowsuite.common.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.windowsuite.roster.domain.RosterService;
import org.windowsuite.roster.domain.Staff;

@Path("/api/roster/staff")
@Authenticated
public class StaffResource {

    private final RosterService roster;
    private final CurrentActor actor;

    public StaffResource(RosterService roster, CurrentActor actor) {
        this.roster = roster;
        this.actor = actor;
    }

    public record StaffRequest(@NotBlank @SafeId String id, @NotBlank @Size(max = Limits.NAME) String name,
            @NotBlank @SafeId String department, @NotNull @Min(1) @Max(Limits.RANK) Integer rank) {
    }

    public record StaffUpdate(@NotBlank @Size(max = Limits.NAME) String name, @NotBlank @SafeId String department,
            @NotNull @Min(1) @Max(Limits.RANK) Integer rank, @NotNull Boolean active) {
    }

    public record StaffView(String id, String name, String department, int rank, boolean active) {
        static StaffView of(Staff s) {
            return new StaffView(s.id, s.name, s.department, s.rank, s.active);
        }
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull StaffRequest request) {
        Staff s = roster.createStaff(actor.get(), request.id(), request.name(), request.department(), request.rank());
        return Response.created(URI.create("/api/roster/staff/" + s.id)).entity(StaffView.of(s)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public StaffView update(@PathParam("id") String id, @Valid @NotNull StaffUpdate request) {
        return StaffView.of(roster.updateStaff(actor.get(), id, request.name(), request.department(), request.rank(),
                request.active()));
    }

    @GET
    public List<StaffView> list() {
        return roster.allStaff().stream().map(StaffView::of).toList();
    }

    @GET
    @Path("/{id}")
    public StaffView get(@PathParam("id") String id) {
        return StaffView.of(roster.staffMember(id));
    }
}
