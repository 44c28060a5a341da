package org.windowsuite.deadline.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.windowsuite.deadline.config.DeadlineConfig;

/**
 * The working-day calendar as files: {@code <year>.json} in holiday-cn format in a directory (on Kubernetes the
 * working-day-calendar ConfigMap, one key per year). Loaded at start and whenever a file's content changes, so
 * publishing next year's schedule is adding a key and applying the ConfigMap. A file that does not parse or breaks
 * the calendar's rules is logged and left out; the year keeps what it had.
 */
@ApplicationScoped
public class CalendarDirectory {

    private static final Logger LOG = Logger.getLogger(CalendarDirectory.class);
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");

    private final CalendarService calendar;
    private final ObjectMapper mapper;
    private final Optional<Path> directory;

    public CalendarDirectory(CalendarService calendar, ObjectMapper mapper, DeadlineConfig config) {
        this.calendar = calendar;
        this.mapper = mapper;
        this.directory = config.calendar().directory().filter(d -> !d.isBlank()).map(Path::of);
    }

    /** After the shipped years, so a ConfigMap file identical to a shipped one is not loaded again. */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) StartupEvent start) {
        scan();
    }

    @Scheduled(every = "${deadline.calendar.watch-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        scan();
    }

    /** @return the years loaded by this look */
    public List<Integer> scan() {
        List<Integer> loaded = new ArrayList<>();
        if (directory.isEmpty() || !Files.isDirectory(directory.get())) {
            return loaded;
        }
        try (Stream<Path> files = Files.list(directory.get())) {
            for (Path file : files.sorted().toList()) {
                Matcher m = YEAR_FILE.matcher(file.getFileName().toString());
                if (m.matches() && load(Integer.parseInt(m.group(1)), file)) {
                    loaded.add(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            LOG.warnf("calendar directory %s cannot be read: %s", directory.get(), e.getMessage());
        }
        return loaded;
    }

    private boolean load(int year, Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            boolean changed = calendar.loadFileIfChanged(year, mapper.readValue(content, HolidaySchedule.class),
                    "CONFIGMAP", checksum(content));
            if (changed) {
                LOG.infof("loaded calendar year %d from %s", year, file);
            }
            return changed;
        } catch (IOException | RuntimeException e) {
            LOG.errorf("calendar file %s is not loaded: %s", file, e.getMessage());
            return false;
        }
    }

    static String checksum(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
