package org.windowsuite.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.windowsuite.deadline.domain.CalendarDirectory;
import org.windowsuite.testing.SuiteTestResource;

/**
 * The working-day calendar as a directory of holiday-cn files (on Kubernetes, the working-day-calendar ConfigMap):
 * what is there at start is loaded, a new or changed file is loaded once, an unchanged one never again, a broken one
 * not at all. Years 2031–2033: no other test relies on them.
 */
@QuarkusTest
@TestProfile(CalendarDirectoryTest.WithDirectory.class)
@WithTestResource(value = SuiteTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "deadline"))
class CalendarDirectoryTest {

    static final Path DIRECTORY = directory();

    public static class WithDirectory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("deadline.calendar.directory", DIRECTORY.toString(), "deadline.calendar.watch-every", "1h");
        }
    }

    @Inject
    CalendarDirectory directory;

    static Path directory() {
        try {
            Path dir = Files.createTempDirectory("calendar-configmap");
            write(dir, 2031, "{\"year\":2031,\"papers\":[],\"days\":[{\"name\":\"元旦\",\"date\":\"2031-01-01\","
                    + "\"isOffDay\":true}]}");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path dir, int year, String json) throws IOException {
        Files.writeString(dir.resolve(year + ".json"), json, StandardCharsets.UTF_8);
    }

    @Test
    void aYearInTheDirectoryIsLoadedAtStartAChangeOnceAndABrokenFileNever() throws Exception {
        // there at start: loaded, final, from the ConfigMap
        given().get("/api/deadlines/calendar/days/2031-01-01").then().statusCode(200)
                .body("workingDay", equalTo(false)).body("provisional", equalTo(false));
        given().get("/api/deadlines/calendar/years").then().body("find { it.year == 2031 }.source",
                equalTo("CONFIGMAP"));
        assertThat(directory.scan()).as("an unchanged file is not loaded again").isEmpty();

        // next year's schedule published: a new key in the ConfigMap
        write(DIRECTORY, 2032, "{\"year\":2032,\"papers\":[],\"days\":[{\"name\":\"元旦\",\"date\":\"2032-01-01\","
                + "\"isOffDay\":true},{\"name\":\"春节\",\"date\":\"2032-02-08\",\"isOffDay\":false}]}");
        assertThat(directory.scan()).containsExactly(2032);
        given().get("/api/deadlines/calendar/days/2032-02-08").then().body("workingDay", equalTo(true))
                .body("makeUpDay", equalTo(true)).body("provisional", equalTo(false));
        assertThat(directory.scan()).isEmpty();

        // a correction of the same year is loaded once more
        write(DIRECTORY, 2032, "{\"year\":2032,\"papers\":[],\"days\":[{\"name\":\"元旦\",\"date\":\"2032-01-01\","
                + "\"isOffDay\":true}]}");
        assertThat(directory.scan()).containsExactly(2032);
        given().get("/api/deadlines/calendar/days/2032-02-08").then().body("makeUpDay", equalTo(false));

        // a file that breaks the calendar's rules is left out; the year stays as it was (provisional)
        write(DIRECTORY, 2033, "{\"year\":2033,\"days\":[{\"name\":\"元旦\",\"date\":\"2034-01-01\",\"isOffDay\":true}]}");
        write(DIRECTORY, 2034, "not json");
        assertThat(directory.scan()).isEmpty();
        given().get("/api/deadlines/calendar/days/2033-01-01").then().body("provisional", equalTo(true));
    }
}
