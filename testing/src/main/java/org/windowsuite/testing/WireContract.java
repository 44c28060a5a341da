package org.windowsuite.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.windowsuite.contracts.DomainEvent;

/**
 * The golden JSON of each event type (contracts, {@code org/windowsuite/contracts/golden/<Type>.json}: what is on the
 * wire today) and the check that a producer's output still has that shape: the same field names at every level,
 * and the same kind of value (text, number, boolean, list, object) wherever both carry one. A field renamed, added
 * or dropped by accident fails the producer's test; the consumers read the same golden file.
 */
public final class WireContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WireContract() {
    }

    public static String golden(Class<? extends DomainEvent> type) {
        String path = "/org/windowsuite/contracts/golden/" + type.getSimpleName() + ".json";
        try (InputStream in = DomainEvent.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + path + " for " + type.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code json}, as a producer wrote it, has the shape of {@code type}'s golden file. */
    public static void assertShapeOf(String json, Class<? extends DomainEvent> type) {
        try {
            List<String> differences = new ArrayList<>();
            compare("", JSON.readTree(golden(type)), JSON.readTree(json), differences);
            assertThat(differences).as(type.getSimpleName() + " on the wire against its golden file").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that a consumer's reader (the service's own {@code EventReader}) takes {@code type}'s golden file and
     * loses nothing on the way: every field the golden file carries arrives with a value.
     */
    public static <T extends DomainEvent> T assertConsumerReads(Function<String, T> reader, Class<T> type) {
        try {
            JsonNode golden = JSON.readTree(golden(type));
            T event = reader.apply(golden(type));
            for (RecordComponent c : type.getRecordComponents()) {
                JsonNode value = golden.get(c.getName());
                Object read = c.getAccessor().invoke(event);
                if (value != null && !value.isNull()) {
                    assertThat(read).as(type.getSimpleName() + "." + c.getName() + " as the consumer reads it")
                            .isNotNull();
                }
            }
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void compare(String path, JsonNode golden, JsonNode actual, List<String> differences) {
        if (golden.isNull() || actual.isNull()) {
            return;
        }
        if (golden.getNodeType() != actual.getNodeType()) {
            differences.add(path + ": " + actual.getNodeType() + " where the golden file has " + golden.getNodeType());
            return;
        }
        if (golden.isObject()) {
            TreeSet<String> expected = names(golden);
            TreeSet<String> found = names(actual);
            for (String name : expected) {
                if (!found.contains(name)) {
                    differences.add(path + "/" + name + " is missing");
                } else {
                    compare(path + "/" + name, golden.get(name), actual.get(name), differences);
                }
            }
            found.removeAll(expected);
            found.forEach(name -> differences.add(path + "/" + name + " is not in the golden file"));
        } else if (golden.isArray() && !golden.isEmpty()) {
            for (int i = 0; i < actual.size(); i++) {
                compare(path + "[" + i + "]", golden.get(0), actual.get(i), differences);
            }
        }
    }

    private static TreeSet<String> names(JsonNode object) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
