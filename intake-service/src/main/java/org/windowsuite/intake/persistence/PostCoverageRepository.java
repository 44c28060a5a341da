package org.windowsuite.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.windowsuite.intake.domain.PostCoverage;

@ApplicationScoped
public class PostCoverageRepository implements PanacheRepositoryBase<PostCoverage, String> {
}
