package org.windowsuite.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.windowsuite.contracts.Topics;

/** What the code says about each service — its settings, the topics it consumes and publishes — read from source. */
final class Services {

    static final Set<String> NAMES = Set.of("roster-service", "intake-service", "deadline-service",
            "complaint-service");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern INCOMING_TOPIC = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.[^.]+\\.topic=(.+)$");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("Topics\\.([A-Z_]+)");

    private Services() {
    }

    static Path dir(String service) {
        return Rendered.ROOT.resolve(service);
    }

    static String properties(String service) {
        return read(dir(service).resolve("src/main/resources/application.properties"));
    }

    /** Every environment variable the service's configuration refers to. */
    static Set<String> variables(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static Set<String> consumes(String service) {
        Set<String> topics = new TreeSet<>();
        Matcher m = INCOMING_TOPIC.matcher(properties(service));
        while (m.find()) {
            topics.add(m.group(1).trim());
        }
        return topics;
    }

    /** The topics its outbox adapters publish to ({@code messaging/Outbox*.java}). */
    static Set<String> publishes(String service) {
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir(service).resolve("src/main/java"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("Outbox")
                    && f.toString().contains("/messaging/")).toList()) {
                Matcher m = TOPIC_CONSTANT.matcher(read(f));
                while (m.find()) {
                    topics.add(topic(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    /** Every topic named in contracts.Topics. */
    static Map<String, String> contractTopics() {
        Map<String, String> topics = new TreeMap<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                    && !f.getName().equals("DEAD_LETTER_SUFFIX")) {
                topics.put(f.getName(), topic(f.getName()));
            }
        }
        return topics;
    }

    private static String topic(String constant) {
        try {
            return (String) Topics.class.getField(constant).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("contracts.Topics has no " + constant, e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
