package org.windowsuite.common;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Moves the service's clock where {@code office.adjustable-clock=true}, so a whole running suite can be taken
 * past a due date in a rehearsal or system test. Outside {@code /api}, so the gateway never routes to it.
 */
@Path("/admin/clock")
@RolesAllowed(Roles.ADMIN)
public class ClockAdminResource {

    private final Clock clock;
    private final OfficeConfig office;

    public ClockAdminResource(Clock clock, OfficeConfig office) {
        this.clock = clock;
        this.office = office;
    }

    public record ClockView(OffsetDateTime now, boolean adjustable) {
    }

    public record SetClock(@NotNull OffsetDateTime at) {
    }

    @GET
    public ClockView now() {
        return new ClockView(OffsetDateTime.now(clock), clock instanceof AdjustableClock);
    }

    @PUT
    public ClockView set(@NotNull SetClock request) {
        adjustable().setTo(request.at().toInstant());
        return now();
    }

    @DELETE
    public ClockView reset() {
        adjustable().reset();
        return now();
    }

    private AdjustableClock adjustable() {
        if (!(clock instanceof AdjustableClock adjustable)) {
            throw new NotFoundException("this service's clock is not adjustable (office.adjustable-clock is off)");
        }
        return adjustable;
    }
}
