package org.windowsuite.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md traces every rule of the rulebook to the classes that enforce it and the tests that prove it; this
 * keeps the table true as the code moves.
 */
class RulebookTraceabilityTest {

    /** The rulebook's 36 IDs (../shared/rulebook/rules.md, grouped rows such as WP-1..3 counted one by one). */
    static final List<String> RULEBOOK = List.of("AB-1", "AB-2", "AB-3", "AB-4", "AB-5", "WP-1", "WP-2", "WP-3",
            "WP-4", "WP-5", "WP-6", "WP-7", "WP-8", "WP-9", "WP-10", "OTN-1", "OTN-2", "OTN-3", "OTN-4", "OTN-5",
            "OTN-6", "SC-1", "SC-2.1", "SC-2.2", "SC-2.3", "SC-2.4", "SC-2.5", "SC-2.6", "FI-1", "FI-2", "FI-3", "FI-4",
            "FI-5", "FI-6", "FI-7", "FI-8");

    static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    static final Pattern ROW = Pattern.compile("^\\| ([A-Z]+-[0-9.]+) \\| (.+?) \\| (.+?) \\| (.+?) \\|$");
    static final Pattern NAME = Pattern.compile("`([A-Za-z]+)`");
    static final Pattern TEST = Pattern.compile("`([A-Za-z]+)#([A-Za-z]+)`");

    record Row(String id, String duty, String enforcedBy, String provedBy) {
        boolean hasDuty() {
            return !duty.startsWith("No software duty");
        }
    }

    static Map<String, Row> table;
    static List<Path> main;
    static List<Path> tests;

    @BeforeAll
    static void read() throws IOException {
        table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/rules.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                table.put(m.group(1), new Row(m.group(1), m.group(2), m.group(3), m.group(4)));
            }
        }
        main = javaFiles("main");
        tests = javaFiles("test");
    }

    @Test
    void everyRuleOfTheRulebookHasARowAndNoOtherIdDoes() throws IOException {
        assertThat(table.keySet()).containsExactlyElementsOf(RULEBOOK);
        Path rulebook = ROOT.resolve("../shared/rulebook/rules.md");
        if (Files.exists(rulebook)) {
            assertThat(idsIn(rulebook)).as("the IDs the rulebook defines").containsExactlyInAnyOrderElementsOf(RULEBOOK);
        }
    }

    @Test
    void aRuleWithoutASoftwareDutySaysWhyAndNamesNothing() {
        table.values().stream().filter(r -> !r.hasDuty()).forEach(r -> {
            assertThat(r.duty()).as(r.id()).matches("No software duty: .{20,}");
            assertThat(r.enforcedBy()).as(r.id()).isEqualTo("—");
            assertThat(r.provedBy()).as(r.id()).isEqualTo("—");
        });
    }

    @Test
    void everyRuleWithADutyIsEnforcedByClassesThatCiteIt() {
        List<String> problems = new ArrayList<>();
        table.values().stream().filter(Row::hasDuty).forEach(r -> {
            List<String> names = all(NAME, r.enforcedBy(), 1);
            if (names.isEmpty()) {
                problems.add(r.id() + " names no enforcing class");
            }
            for (String name : names) {
                List<String> sources = sources(main, name);
                if (sources.isEmpty()) {
                    problems.add(r.id() + ": no class " + name + " in main code");
                } else if (sources.stream().noneMatch(s -> cites(s, r.id()))) {
                    problems.add(r.id() + ": " + name + " does not cite it");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRuleWithADutyIsProvedByTestsThatNameIt() {
        List<String> problems = new ArrayList<>();
        table.values().stream().filter(Row::hasDuty).forEach(r -> {
            Matcher m = TEST.matcher(r.provedBy());
            boolean any = false;
            while (m.find()) {
                any = true;
                String test = m.group(1) + "#" + m.group(2);
                List<String> bodies = sources(tests, m.group(1)).stream().map(s -> method(s, m.group(2)))
                        .filter(b -> b != null).toList();
                if (bodies.isEmpty()) {
                    problems.add(r.id() + ": no test " + test);
                } else if (bodies.stream().noneMatch(b -> cites(b, r.id()))) {
                    problems.add(r.id() + ": " + test + " does not name it");
                }
            }
            if (!any) {
                problems.add(r.id() + " names no test");
            }
        });
        assertThat(problems).isEmpty();
    }

    /** The method with its Javadoc and body: from the end of the member before it to its own end. */
    static String method(String source, String name) {
        Matcher m = Pattern.compile("\\bvoid " + name + "\\(").matcher(source);
        if (!m.find()) {
            return null;
        }
        int start = Math.max(0, source.lastIndexOf("\n    }\n", m.start()));
        int end = source.indexOf("\n    }\n", m.start());
        return source.substring(start, end < 0 ? source.length() : end);
    }

    /** An ID as a whole word: AB-1 is not cited by AB-10 nor by SC-2.1's "2.1". */
    static boolean cites(String text, String id) {
        return Pattern.compile("(?<![\\w.-])" + Pattern.quote(id) + "(?![\\w]|\\.\\d)").matcher(text).find();
    }

    static List<String> idsIn(Path rulebook) throws IOException {
        List<String> ids = new ArrayList<>();
        Pattern row = Pattern.compile("^\\| ([A-Z]+)-([0-9]+(?:\\.[0-9]+)?)(?:\\.\\.([0-9]+)|, ([0-9.]+))? \\|");
        for (String line : Files.readAllLines(rulebook)) {
            Matcher m = row.matcher(line);
            if (!m.find()) {
                continue;
            }
            String prefix = m.group(1);
            ids.add(prefix + "-" + m.group(2));
            if (m.group(3) != null) {
                for (int i = Integer.parseInt(m.group(2)) + 1; i <= Integer.parseInt(m.group(3)); i++) {
                    ids.add(prefix + "-" + i);
                }
            } else if (m.group(4) != null) {
                String first = m.group(2);
                String last = m.group(4);
                // "SC-2.1, 2.2" names 2.2; "WP-6, 7" names 7
                ids.add(prefix + "-" + (last.contains(".") || !first.contains(".") ? last
                        : first.substring(0, first.lastIndexOf('.') + 1) + last));
            }
        }
        return ids;
    }

    static List<String> all(Pattern p, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    static List<String> sources(List<Path> files, String simpleName) {
        return files.stream().filter(f -> f.getFileName().toString().equals(simpleName + ".java")).map(f -> {
            try {
                return Files.readString(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    static List<Path> javaFiles(String kind) throws IOException {
        try (Stream<Path> all = Files.walk(ROOT)) {
            return all.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> ROOT.relativize(p).toString().matches("[^/]+/src/" + kind + "/java/.*")).toList();
        }
    }
}
