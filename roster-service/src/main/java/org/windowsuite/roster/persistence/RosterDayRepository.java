package org.windowsuite.roster.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.windowsuite.roster.domain.RosterDay;

@ApplicationScoped
public class RosterDayRepository implements PanacheRepositoryBase<RosterDay, RosterDay.Key> {

    public RosterDay of(String postId, LocalDate day) {
        return findById(new RosterDay.Key(postId, day));
    }

    public List<RosterDay> between(String postId, LocalDate from, LocalDate to) {
        return list("key.postId = ?1 and key.day between ?2 and ?3 order by key.day", postId, from, to);
    }

    public List<RosterDay> ofRange(long rangeId, LocalDate from, LocalDate to) {
        return list("rangeId = ?1 and key.day between ?2 and ?3", rangeId, from, to);
    }

    public List<RosterDay> onDay(LocalDate day) {
        return list("key.day = ?1", day);
    }

    /** Posts whose A or B on {@code day} is {@code staffId}: their coverage depends on that person. */
    public List<String> postsHeldBy(String staffId, LocalDate day) {
        return getEntityManager().createQuery("select r.key.postId from RosterDay r where r.key.day = ?1 "
                + "and (r.aHolder = ?2 or r.bHolder = ?2)", String.class)
                .setParameter(1, day).setParameter(2, staffId).getResultList();
    }
}
