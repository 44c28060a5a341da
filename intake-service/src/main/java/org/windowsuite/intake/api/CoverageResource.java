package org.windowsuite.intake.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.windowsuite.common.OfficeConfig;
import org.windowsuite.intake.domain.CoverageProjection;
import org.windowsuite.intake.domain.PostCoverage;

/** Who holds each post, as intake knows it from roster-service's events. */
@Path("/api/intake")
@Authenticated
public class CoverageResource {

    private final CoverageProjection projection;
    private final ZoneId zone;

    public CoverageResource(CoverageProjection projection, OfficeConfig office) {
        this.projection = projection;
        this.zone = office.zone();
    }

    public record CoverageView(String postId, String state, String holder, String role, String actingFor,
            String cause, OffsetDateTime since, OffsetDateTime until, String awayReason, long version) {
    }

    @GET
    @Path("/posts/{postId}/coverage")
    public CoverageView coverage(@PathParam("postId") String postId) {
        return view(projection.of(postId));
    }

    @GET
    @Path("/posts/coverage")
    public List<CoverageView> all() {
        return projection.all().stream().map(this::view).toList();
    }

    private CoverageView view(PostCoverage c) {
        return new CoverageView(c.postId, c.state, c.holder, c.role, c.actingFor, c.cause,
                c.since.atZone(zone).toOffsetDateTime(), c.until == null ? null : c.until.atZone(zone).toOffsetDateTime(),
                c.awayReason, c.version);
    }
}
