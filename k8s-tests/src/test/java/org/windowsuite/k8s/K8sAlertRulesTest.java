package org.windowsuite.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert rules, evaluated by Prometheus' own promtool against sample series (rules-test.yml beside the
 * PrometheusRule): each alert fires when it should, with its labels and annotations, and not before.
 */
class K8sAlertRulesTest {

    static final Path MONITORING = Rendered.K8S.resolve("base/monitoring");

    @Test
    void theAlertsFireOnTheirSampleSeriesAndNotBefore(@TempDir Path dir) throws Exception {
        JsonNode rule = new YAMLMapper().readTree(MONITORING.resolve("prometheusrule.yaml").toFile());
        new YAMLMapper().writeValue(dir.resolve("rules.yml").toFile(), rule.get("spec"));
        Files.copy(MONITORING.resolve("rules-test.yml"), dir.resolve("rules-test.yml"));
        assertThat(promtool(dir, "check", "rules", "rules.yml")).contains("SUCCESS");
        assertThat(promtool(dir, "test", "rules", "rules-test.yml")).contains("SUCCESS");
    }

    private static String promtool(Path dir, String... args) throws IOException, InterruptedException {
        Path promtool = Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).map(Path::of),
                        Stream.of(Rendered.ROOT.resolve(".run/tools")))
                .map(d -> d.resolve("promtool")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("promtool is needed to test the alert rules; deploy/local/test "
                        + "installs it into .run/tools from Debian's prometheus package"));
        List<String> command = new java.util.ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("promtool " + String.join(" ", args) + ":\n" + out).isZero();
        return out;
    }
}
