package org.windowsuite.intake;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.windowsuite.testing.ArchitectureRules;

/** The shared architecture rules (testing's ArchitectureRules) over this service's main code. */
@AnalyzeClasses(packages = "org.windowsuite.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ArchitectureRules.class);
}
