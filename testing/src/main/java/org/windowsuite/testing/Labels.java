package org.windowsuite.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The pages' labels: every language has every key, and every label a template names exists. */
public final class Labels {

    private static final Pattern USED = Pattern.compile("\\bt\\.([a-z_0-9]+)(\\.(get\\(|[A-Z]))?");

    private Labels() {
    }

    public static void assertComplete(String area, Path templates) {
        Set<String> zh = keys(area + "_zh");
        Set<String> en = keys(area + "_en");
        check(en.equals(zh), "the English and Chinese labels of " + area + " differ: " + difference(zh, en));
        Set<String> groups = new TreeSet<>();
        zh.stream().filter(k -> k.contains(".")).forEach(k -> groups.add(k.substring(0, k.indexOf('.'))));
        try (Stream<Path> files = Files.walk(templates)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                Matcher m = USED.matcher(read(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (m.group(2) != null) {
                        check(groups.contains(key), f + " names the missing label group t." + key);
                    } else {
                        check(zh.contains(key), f + " names the missing label t." + key);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(String name) {
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream("messages/" + name + ".properties")) {
            check(in != null, "no messages/" + name + ".properties");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> keys = new TreeSet<>();
            p.keySet().forEach(k -> keys.add(k.toString()));
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(boolean ok, String failure) {
        if (!ok) {
            throw new AssertionError(failure);
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.addAll(b);
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        d.removeAll(both);
        return d;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
