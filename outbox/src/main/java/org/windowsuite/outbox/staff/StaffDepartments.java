package org.windowsuite.outbox.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.windowsuite.contracts.StaffChanged;

/**
 * Staff and their departments as roster-service announced them (table {@code staff_department}, Flyway location
 * {@code db/staff}), for services whose supervisors act only within their own department. Stale versions change
 * nothing; each service feeds it from its own consumer of roster.staff.v1.
 */
@ApplicationScoped
public class StaffDepartments {

    private final EntityManager em;

    public StaffDepartments(EntityManager em) {
        this.em = em;
    }

    /** @return whether the change was newer than what was known */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(StaffChanged e) {
        return em.createNativeQuery("insert into staff_department (staff_id, department, active, version) "
                        + "values (?1, ?2, ?3, ?4) on conflict (staff_id) do update set department = excluded.department, "
                        + "active = excluded.active, version = excluded.version "
                        + "where staff_department.version < excluded.version")
                .setParameter(1, e.staffId()).setParameter(2, e.department()).setParameter(3, e.active())
                .setParameter(4, e.version()).executeUpdate() == 1;
    }

    /** The department of an active member of staff; null for someone roster has not announced or has retired. */
    public String departmentOf(String staffId) {
        if (staffId == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("select department from staff_department "
                + "where staff_id = ?1 and active").setParameter(1, staffId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
