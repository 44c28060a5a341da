package org.windowsuite.complaint.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.windowsuite.complaint.persistence.CoverHolderRepository;

/** Who covers for a staff member now, from the local coverage projection (AB-1, FI-4). */
@ApplicationScoped
public class CoverLookup {

    private final CoverHolderRepository coverage;

    public CoverLookup(CoverHolderRepository coverage) {
        this.coverage = coverage;
    }

    public record Change(String postId, String department, String state, String holder, String actingFor,
            long version) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(Change c) {
        CoverHolder current = coverage.findById(c.postId());
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
            coverage.persist(current);
        }
        return true;
    }

    /** The person holding a post in {@code staffId}'s place right now, or null when nobody covers for them. */
    /** Whether roster-service has announced the post. */
    public boolean knows(String postId) {
        return coverage.findById(postId) != null;
    }

    public String coverFor(String staffId) {
        return coverage.find("actingFor = ?1 and holder is not null and holder <> ?1 order by postId", staffId)
                .firstResultOptional().map(c -> c.holder).orElse(null);
    }
}
