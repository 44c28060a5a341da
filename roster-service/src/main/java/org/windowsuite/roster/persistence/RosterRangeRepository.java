package org.windowsuite.roster.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.windowsuite.roster.domain.RosterRange;
import org.windowsuite.roster.domain.RosterRanges;

@ApplicationScoped
public class RosterRangeRepository implements PanacheRepositoryBase<RosterRange, Long>, RosterRanges {

    @Override
    public void add(RosterRange range) {
        persist(range);
    }

    @Override
    public List<RosterRange> overlapping(LocalDate from, LocalDate to) {
        return list("to >= ?1 and from <= ?2 order by id desc", from, to);
    }
}
