package org.windowsuite.intake.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.windowsuite.intake.domain.Referral;
import org.windowsuite.intake.domain.Referrals;
import org.windowsuite.outbox.persistence.PanacheStore;

@ApplicationScoped
public class ReferralRepository extends PanacheStore<Referral, String> implements Referrals {

    @Override
    public Referral byCode(String code) {
        return findById(code);
    }

    @Override
    public List<Referral> all() {
        return listAll(Sort.by("code"));
    }
}
