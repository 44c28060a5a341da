package org.windowsuite.intake.web;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.windowsuite.testing.Labels;

class WorkbenchLabelsTest {

    @Test
    void everyWorkbenchLabelExistsInChineseAndEnglish() {
        Labels.assertComplete("workbench", Path.of("src/main/resources/templates/workbench"));
    }
}
