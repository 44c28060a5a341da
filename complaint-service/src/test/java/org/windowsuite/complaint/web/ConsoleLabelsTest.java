package org.windowsuite.complaint.web;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.windowsuite.testing.Labels;

class ConsoleLabelsTest {

    @Test
    void everyConsoleLabelExistsInChineseAndEnglish() {
        Labels.assertComplete("console", Path.of("src/main/resources/templates/console"));
    }
}
