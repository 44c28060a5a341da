package org.windowsuite.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.windowsuite.common.Roles;

/**
 * Operators only, on the service's own port (the gateway never routes {@code /admin}):
 * {@code POST /admin/dead-letters/{topic}/replay} feeds {@code <topic>.dlq} back into this service's consumer.
 * {@code deploy/local/replay-dlq} calls it.
 */
@Path("/admin/dead-letters")
public class DeadLetterResource {

    private final DeadLetterReplay replay;

    public DeadLetterResource(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @POST
    @Path("/{topic}/replay")
    @RolesAllowed(Roles.ADMIN)
    public DeadLetterReplay.Outcome replay(@PathParam("topic") String topic) {
        return replay.replay(topic);
    }
}
