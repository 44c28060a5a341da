package org.windowsuite.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.windowsuite.intake.domain.Referral;
import org.windowsuite.intake.domain.Referrals;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, String>, Referrals {

    @Override
    public Referral byCode(String code) {
        return findById(code);
    }

    @Override
    public void add(Referral referral) {
        persist(referral);
    }

    @Override
    public List<Referral> all() {
        return listAll(Sort.by("code"));
    }
}
