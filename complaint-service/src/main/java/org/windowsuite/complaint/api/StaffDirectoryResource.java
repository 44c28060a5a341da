package org.windowsuite.complaint.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.windowsuite.complaint.domain.CoverLookup;
import org.windowsuite.complaint.domain.StaffDirectory;
import org.windowsuite.complaint.domain.StaffMember;

/** The staff the complaint center can name as receivers, owners and transfer targets. */
@Path("/api/complaints/staff")
@Authenticated
public class StaffDirectoryResource {

    private final StaffDirectory directory;
    private final CoverLookup cover;

    public StaffDirectoryResource(StaffDirectory directory, CoverLookup cover) {
        this.directory = directory;
        this.cover = cover;
    }

    /** {@code coveredBy}: who holds a post in this person's place now (FI-4 transfers go there). */
    public record StaffView(String id, String name, String department, int rank, boolean active, String coveredBy) {
    }

    private StaffView of(StaffMember m) {
        return new StaffView(m.staffId, m.name, m.department, m.rank, m.active, cover.coverFor(m.staffId));
    }

    @GET
    public List<StaffView> all() {
        return directory.all().stream().map(this::of).toList();
    }

    @GET
    @Path("/{id}")
    public StaffView one(@PathParam("id") String id) {
        return of(directory.member(id));
    }
}
