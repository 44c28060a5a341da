package org.windowsuite.complaint.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Who covers for a staff member now, from the local coverage projection (AB-1, FI-4). */
@ApplicationScoped
public class CoverLookup {

    private final CoverHolders coverage;

    public CoverLookup(CoverHolders coverage) {
        this.coverage = coverage;
    }

    public record Change(String postId, String department, String state, String holder, String actingFor,
            long version) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(Change c) {
        CoverHolder current = coverage.byId(c.postId());
        if (current != null && current.version >= c.version()) {
            return false;
        }
        boolean first = current == null;
        if (first) {
            current = new CoverHolder();
            current.postId = c.postId();
        }
        current.department = c.department();
        current.state = c.state();
        current.holder = c.holder();
        current.actingFor = c.actingFor();
        current.version = c.version();
        if (first) {
            coverage.add(current);
        }
        return true;
    }

    /** Whether roster-service has announced the post. */
    public boolean knows(String postId) {
        return coverage.byId(postId) != null;
    }

    /** The person holding a post in {@code staffId}'s place right now, or null when nobody covers for them. */
    public String coverFor(String staffId) {
        return coverage.coveringFor(staffId).map(c -> c.holder).orElse(null);
    }
}
