package org.windowsuite.complaint.web;

import jakarta.ws.rs.Path;
import org.windowsuite.common.web.PageSupport;
import org.windowsuite.common.web.SessionPages;

/** Sign-in, language and assets of the complaint center console. */
@Path("/console")
public class ConsoleSession extends SessionPages {

    public ConsoleSession(PageSupport pages) {
        super(pages);
    }

    @Override
    protected String area() {
        return "console";
    }
}
