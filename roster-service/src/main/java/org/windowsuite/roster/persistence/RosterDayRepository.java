package org.windowsuite.roster.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.windowsuite.outbox.persistence.PanacheStore;
import org.windowsuite.roster.domain.RosterDay;
import org.windowsuite.roster.domain.RosterDays;

@ApplicationScoped
public class RosterDayRepository extends PanacheStore<RosterDay, RosterDay.Key> implements RosterDays {

    @Override
    public RosterDay of(String postId, LocalDate day) {
        return findById(new RosterDay.Key(postId, day));
    }

    @Override
    public List<RosterDay> between(String postId, LocalDate from, LocalDate to) {
        return list("key.postId = ?1 and key.day between ?2 and ?3 order by key.day", postId, from, to);
    }

    @Override
    public List<RosterDay> ofRange(long rangeId, LocalDate from, LocalDate to) {
        return list("rangeId = ?1 and key.day between ?2 and ?3", rangeId, from, to);
    }

    @Override
    public List<RosterDay> onDay(LocalDate day) {
        return list("key.day = ?1", day);
    }

    @Override
    public List<String> postsHeldBy(String staffId, LocalDate day) {
        return getEntityManager().createQuery("select r.key.postId from RosterDay r where r.key.day = ?1 "
                + "and (r.aHolder = ?2 or r.bHolder = ?2)", String.class)
                .setParameter(1, day).setParameter(2, staffId).getResultList();
    }

}
