package org.windowsuite.intake.web;

import jakarta.ws.rs.Path;
import org.windowsuite.common.web.PageSupport;
import org.windowsuite.common.web.SessionPages;

/** Sign-in, language and assets of the window workbench. */
@Path("/workbench")
public class WorkbenchSession extends SessionPages {

    public WorkbenchSession(PageSupport pages) {
        super(pages);
    }

    @Override
    protected String area() {
        return "workbench";
    }
}
