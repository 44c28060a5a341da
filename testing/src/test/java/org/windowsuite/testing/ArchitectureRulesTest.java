package org.windowsuite.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The shared rules catch what they are there to catch, on two small fixtures: one that breaks them, one that keeps them. */
class ArchitectureRulesTest {

    private static final JavaClasses BAD = new ClassFileImporter().importPackages("org.windowsuite.badfixture");
    private static final JavaClasses GOOD = new ClassFileImporter().importPackages("org.windowsuite.goodfixture");

    @Test
    void aDomainUsingARepositoryOfPersistenceBreaksThePortRule() {
        assertThatThrownBy(() -> ArchitectureRules.domainOwnsItsRepositories.check(BAD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("badfixture.persistence.OrderTable");
    }

    @Test
    void aDomainHoldingTheEntityManagerBreaksThePortRule() {
        assertThatThrownBy(() -> ArchitectureRules.domainOwnsItsRepositories.check(BAD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("jakarta.persistence.EntityManager");
    }

    @Test
    void aDomainUsingARepositoryOfPersistenceMakesACycle() {
        assertThatThrownBy(() -> ArchitectureRules.noPackageCycles.check(BAD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
    }

    @Test
    void aDomainOwningItsPortKeepsBothRules() {
        assertThatCode(() -> {
            ArchitectureRules.domainOwnsItsRepositories.check(GOOD);
            ArchitectureRules.noPackageCycles.check(GOOD);
        }).doesNotThrowAnyException();
    }
}
