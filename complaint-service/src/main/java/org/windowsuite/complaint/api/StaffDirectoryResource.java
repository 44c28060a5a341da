package org.windowsuite.complaint.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.windowsuite.complaint.domain.StaffDirectory;
import org.windowsuite.complaint.domain.StaffMember;

/** The staff the complaint center can name as receivers, owners and transfer targets. */
@Path("/api/complaints/staff")
@Authenticated
public class StaffDirectoryResource {

    private final StaffDirectory directory;

    public StaffDirectoryResource(StaffDirectory directory) {
        this.directory = directory;
    }

    public record StaffView(String id, String name, String department, int rank, boolean active) {
        static StaffView of(StaffMember m) {
            return new StaffView(m.staffId, m.name, m.department, m.rank, m.active);
        }
    }

    @GET
    public List<StaffView> all() {
        return directory.all().stream().map(StaffView::of).toList();
    }

    @GET
    @Path("/{id}")
    public StaffView one(@PathParam("id") String id) {
        return StaffView.of(directory.member(id));
    }
}
