package org.windowsuite.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * AB-4 failover, timed: from the moment roster-service answers A's absence, how long until the first new
 * application is routed to B, and until every open case of A's is B's. Repeated; A returns in between.
 */
final class Failover {

    record Result(long[] firstRouted, long[] allMoved, int repetitions) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String gateway;
    private final String admin;
    private final String clerk;
    private final String holderA;
    private final String holderB;

    Failover(String gateway, String admin, String clerk, String holderA, String holderB) {
        this.holderA = holderA;
        this.gateway = gateway;
        this.admin = admin;
        this.clerk = clerk;
        this.holderB = holderB;
    }

    Result run(Bench.Station station, String application, int repetitions) throws IOException, InterruptedException {
        List<String> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            open.add(id(post("/api/intake/applications", clerk, application)));
        }
        long[] first = new long[repetitions];
        long[] moved = new long[repetitions];
        for (int r = 0; r < repetitions; r++) {
            awaitHolder(open, station.a());
            OffsetDateTime from = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);
            String absence = id(post("/api/roster/absences", admin, "{\"staffId\":\"" + station.a() + "\",\"from\":\""
                    + from + "\",\"to\":\"" + from.plusHours(1) + "\",\"reason\":\"MEETING\"}"));
            long answered = System.nanoTime();
            long deadline = answered + Duration.ofSeconds(20).toNanos();
            List<String> probes = new ArrayList<>();
            while (first[r] == 0 && System.nanoTime() < deadline) {
                String app = post("/api/intake/applications", clerk, application);
                probes.add(id(app));
                if (app.contains("\"handler\":\"" + station.b() + "\"")) {
                    first[r] = System.nanoTime() - answered;
                }
            }
            while (moved[r] == 0 && System.nanoTime() < deadline) {
                if (allHeldBy(open, station.b())) {
                    moved[r] = System.nanoTime() - answered;
                }
            }
            // the probes leave the post again, so every repetition moves the same five open cases
            for (String probe : probes) {
                withdraw(probe);
            }
            // a repetition that did not get there in 20 s counts as 20 s, never as nothing
            first[r] = first[r] == 0 ? deadline - answered : first[r];
            moved[r] = moved[r] == 0 ? deadline - answered : moved[r];
            post("/api/roster/absences/" + absence + "/end", admin, null);
        }
        java.util.Arrays.sort(first);
        java.util.Arrays.sort(moved);
        return new Result(first, moved, repetitions);
    }

    private void awaitHolder(List<String> cases, String holder) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!allHeldBy(cases, holder)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the cases did not return to " + holder);
            }
            Thread.sleep(10);
        }
    }

    /**
     * By whoever holds the probe now: B once it moved, A if the move had not reached it yet. A probe just made is
     * still being written to by its due dates coming back (409 on a stale version): try again, so that no probe stays
     * open and every repetition moves the same five cases.
     */
    private void withdraw(String probe) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            for (String holder : List.of(holderB, holderA)) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway
                        + "/api/intake/applications/" + probe + "/withdraw")).header("Authorization", holder)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"bench probe\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("probe " + probe + " could not be withdrawn: " + last);
    }

    /** Asks for the cases all at once, so that polling them adds one round trip to the figure, not five. */
    private boolean allHeldBy(List<String> cases, String holder) {
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = cases.stream()
                .map(id -> http.sendAsync(HttpRequest.newBuilder(URI.create(gateway + "/api/intake/applications/" + id))
                        .header("Authorization", admin).build(), HttpResponse.BodyHandlers.ofString())).toList();
        return answers.stream().allMatch(a -> a.join().body().contains("\"handler\":\"" + holder + "\""));
    }

    private String post(String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", token);
        b = json == null ? b.POST(HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static String id(String json) {
        int at = json.indexOf("\"id\":\"");
        return json.substring(at + 6, json.indexOf('"', at + 6));
    }
}
