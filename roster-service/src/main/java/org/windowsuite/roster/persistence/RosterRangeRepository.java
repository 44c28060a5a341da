package org.windowsuite.roster.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.windowsuite.outbox.persistence.PanacheStore;
import org.windowsuite.roster.domain.RosterRange;
import org.windowsuite.roster.domain.RosterRanges;

@ApplicationScoped
public class RosterRangeRepository extends PanacheStore<RosterRange, Long> implements RosterRanges {

    @Override
    public List<RosterRange> overlapping(LocalDate from, LocalDate to) {
        return list("to >= ?1 and from <= ?2 order by id desc", from, to);
    }
}
