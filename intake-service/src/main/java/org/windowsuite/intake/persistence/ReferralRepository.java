package org.windowsuite.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.intake.domain.Referral;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, String> {
}
