package org.windowsuite.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Each event record against its golden file, what is on the wire today: a record whose field is renamed, added or
 * dropped no longer reads the golden file strictly, or no longer writes it back.
 */
class GoldenEventsTest {

    static final List<Class<? extends DomainEvent>> EVENTS = List.of(CalendarYearPublished.class, CaseChanged.class,
            ContactChanged.class, CoverageChanged.class, DeadlineAlert.class, PostAlarm.class, StaffChanged.class,
            ViolationCandidate.class);

    /** Strict where the services are lenient: an unknown or missing field is an error here. */
    static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    static Stream<Class<? extends DomainEvent>> events() {
        return EVENTS.stream();
    }

    @ParameterizedTest
    @MethodSource("events")
    void theRecordReadsItsGoldenFileAndWritesItBackFieldForField(Class<? extends DomainEvent> type) throws IOException {
        JsonNode golden = STRICT.readTree(golden(type));
        DomainEvent event = STRICT.treeToValue(golden, type);
        assertThat(event.type()).isEqualTo(type.getSimpleName());
        assertThat(event.eventId()).isNotNull();
        assertThat(event.aggregateId()).isNotBlank();
        assertThat(event.version()).isPositive();
        JsonNode written = STRICT.valueToTree(event);
        assertThat(names(written)).isEqualTo(names(golden));
        assertThat(STRICT.treeToValue(written, type)).isEqualTo(event);
    }

    @Test
    void everyEventRecordHasAGoldenFileAndNoGoldenFileIsLeftOver() throws IOException, URISyntaxException {
        Path dir = Path.of(DomainEvent.class.getResource("golden").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(EVENTS.stream().map(Class::getSimpleName).toList());
        }
        Path sources = Path.of(System.getProperty("contracts.sources", "src/main/java/org/windowsuite/contracts"));
        try (Stream<Path> files = Files.list(sources)) {
            assertThat(files.filter(f -> {
                try {
                    return Files.readString(f).contains("implements DomainEvent");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> f.getFileName().toString().replace(".java", "")))
                    .containsExactlyInAnyOrderElementsOf(EVENTS.stream().map(Class::getSimpleName).toList());
        }
    }

    static String golden(Class<?> type) throws IOException {
        try (InputStream in = DomainEvent.class.getResourceAsStream("golden/" + type.getSimpleName() + ".json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Every field path in the document, lists by their first element. */
    static TreeSet<String> names(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        collect("", node, names);
        return names;
    }

    private static void collect(String path, JsonNode node, TreeSet<String> names) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(n -> {
                names.add(path + "/" + n);
                collect(path + "/" + n, node.get(n), names);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            collect(path + "[]", node.get(0), names);
        }
    }
}
