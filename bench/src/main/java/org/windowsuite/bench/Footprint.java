package org.windowsuite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resident memory of the local stack's processes (their pid files in .run/pids) and each service's start time. */
final class Footprint {

    static final String[] PROCESSES = {"roster", "intake", "deadline", "complaint", "kafka"};
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private Footprint() {
    }

    /** Process → resident set size in MiB (absent when it does not run). */
    static Map<String, Long> rss(Path run) {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (String name : PROCESSES) {
            try {
                String pid = Files.readString(run.resolve("pids/" + name + ".pid")).trim();
                for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss.put(name, Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // not running: no figure
            }
        }
        return rss;
    }

    /** Service → seconds from process start to ready, as Quarkus logged it on its last start. */
    static Map<String, Double> startTimes(Path run) {
        Map<String, Double> times = new LinkedHashMap<>();
        for (String name : PROCESSES) {
            try {
                Matcher m = STARTED.matcher(Files.readString(run.resolve("logs/" + name + ".log")));
                Double last = null;
                while (m.find()) {
                    last = Double.valueOf(m.group(1));
                }
                if (last != null) {
                    times.put(name, last);
                }
            } catch (IOException missing) {
                // no log: no figure
            }
        }
        return times;
    }
}
