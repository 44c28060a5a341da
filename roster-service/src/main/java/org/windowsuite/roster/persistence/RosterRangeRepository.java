package org.windowsuite.roster.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.windowsuite.roster.domain.RosterRange;

@ApplicationScoped
public class RosterRangeRepository implements PanacheRepositoryBase<RosterRange, Long> {

    /** Ranges with a day in [from, to], newest first: where two ranges cover a day, the newer one set it. */
    public List<RosterRange> overlapping(LocalDate from, LocalDate to) {
        return list("to >= ?1 and from <= ?2 order by id desc", from, to);
    }
}
