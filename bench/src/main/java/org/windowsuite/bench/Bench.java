package org.windowsuite.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The benchmark's load generator, run by bench/run as a process of its own beside the local stack: intake end to end
 * at constant offered rates stepping up to saturation (latency from each request's due time, errors, downstream
 * lag), then the stack's footprint. Writes the results table to the file given; bench/run adds the machine, the
 * pgbench ceiling and who limited the run.
 *
 * <p>Arguments: gateway URL, admin token, results file, rates (comma-separated), seconds per step.
 */
public final class Bench {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    /** The bench's own post, its A and B, and the item it handles. */
    record Station(String item, String post, String a, String b) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String gateway;
    private final String admin;

    Bench(String gateway, String admin) {
        this.gateway = gateway;
        this.admin = admin;
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String admin = "Bearer " + args[1];
        Path out = Path.of(args[2]);
        int[] rates = java.util.Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
        Duration step = Duration.ofSeconds(Integer.parseInt(args[4]));
        String clerk = "Bearer " + args[5];
        Path run = Path.of(args[6]);
        if (Boolean.getBoolean("bench.failoverOnly")) {
            // for working on failover alone: its table, without the load steps before it
            new Bench(gateway, admin).failover(clerk, out, run);
            return;
        }
        new Bench(gateway, admin).intake(rates, step, clerk, out, run);
    }

    private void failover(String clerk, Path out, Path run) throws Exception {
        Files.writeString(out, failoverReport(failover(clerk, run)));
    }

    /** AB-4 on a post of its own: how long failover takes depends on how many open cases move, here five. */
    private Failover.Result failover(String clerk, Path run) throws Exception {
        Station quiet = station();
        // the probes' holder withdraws them: B once they moved, else A
        return new Failover(gateway, admin, clerk, "Bearer " + token(run, quiet.a(), "clerk"),
                "Bearer " + token(run, quiet.b(), "clerk")).run(quiet, application(quiet), 100);
    }

    private void intake(int[] rates, Duration step, String clerk, Path out, Path run) throws Exception {
        Station station = station();
        String body = application(station);
        Map<String, Long> idle = Footprint.rss(run);
        ConstantRate generator = new ConstantRate();
        List<ConstantRate.Step> steps = new ArrayList<>();
        List<DownstreamLag.Lags> lags = new ArrayList<>();
        Map<String, Long> loaded = new HashMap<>();
        try (DownstreamLag lag = new DownstreamLag(System.getProperty("bench.jdbc"), System.getProperty("bench.db.user"),
                System.getProperty("bench.db.password"))) {
            // warm-up: the JIT and the pools, not measured; the first step starts once the warm-up's applications
            // are through downstream, so it does not carry their backlog
            generator.run(URI.create(gateway + "/api/intake/applications"), clerk, () -> body, 100,
                    Duration.ofSeconds(45), lag::accepted);
            lag.collect(Duration.ofSeconds(60));
            for (int rate : rates) {
                ConstantRate.Step s = generator.run(URI.create(gateway + "/api/intake/applications"), clerk,
                        () -> body, rate, step, lag::accepted);
                Footprint.rss(run).forEach((k, v) -> loaded.merge(k, v, Math::max));
                steps.add(s);
                lags.add(lag.collect(Duration.ofSeconds(30)));
                System.out.printf("offered %d/s: achieved %.0f/s, p50 %.1f ms, p99 %.1f ms, errors %d%n", rate,
                        s.achieved(), s.percentile(0.5) / 1e6, s.percentile(0.99) / 1e6, s.errors());
                if (s.errors() > s.offered() * step.toSeconds() / 10) {
                    break;
                }
            }
            System.out.printf("downstream %s caught up with the last step before failover%n",
                    lag.awaitCaughtUp(Duration.ofMinutes(5)) ? "has" : "has NOT (after 5 min)");
        }
        Chart.latency(steps, chart(out));
        Failover.Result failover = failover(clerk, run);
        Map<String, Double> started = Footprint.startTimes(run);
        Files.writeString(out, report(steps, lags, idle, loaded, started, out) + failoverReport(failover));
        Files.writeString(run.resolve("bench-figures.txt"), figures(steps, lags, idle, loaded, started, failover));
    }

    /** The figures the targets are checked against, one "name value" a line, for bench/run's summary. */
    private static String figures(List<ConstantRate.Step> steps, List<DownstreamLag.Lags> lags, Map<String, Long> idle,
            Map<String, Long> loaded, Map<String, Double> started, Failover.Result failover) {
        StringBuilder f = new StringBuilder();
        int best = -1;
        for (int i = 0; i < steps.size(); i++) {
            ConstantRate.Step s = steps.get(i);
            // sustained: achieved what was offered, with no errors
            if (s.errors() == 0 && s.achieved() >= 0.97 * s.offered()
                    && (best < 0 || s.offered() > steps.get(best).offered())) {
                best = i;
            }
            if (s.offered() == 800) {
                f.append(String.format("p99_at_800 %.1f%n", s.percentile(0.99) / 1e6));
            }
        }
        if (best >= 0) {
            DownstreamLag.Lags l = lags.get(best);
            f.append("sustained ").append(steps.get(best).offered()).append('\n')
                    .append("lag_p99_at_sustained ").append(DownstreamLag.millis(Math.max(
                            DownstreamLag.percentile(l.clocks(), 0.99), DownstreamLag.percentile(l.dueDates(), 0.99))))
                    .append('\n');
        }
        f.append("failover_p99 ").append(DownstreamLag.millis(Math.max(DownstreamLag.percentile(failover.firstRouted(),
                0.99), DownstreamLag.percentile(failover.allMoved(), 0.99)))).append('\n');
        long stack = 0;
        for (String p : Footprint.PROCESSES) {
            stack += loaded.getOrDefault(p, 0L);
            f.append("rss_idle_").append(p).append(' ').append(idle.getOrDefault(p, -1L)).append('\n')
                    .append("rss_loaded_").append(p).append(' ').append(loaded.getOrDefault(p, -1L)).append('\n');
            if (started.containsKey(p)) {
                f.append("ready_").append(p).append(' ').append(started.get(p)).append('\n');
            }
        }
        return f.append("rss_loaded_stack ").append(stack).append('\n').toString();
    }

    private String report(List<ConstantRate.Step> steps, List<DownstreamLag.Lags> lags, Map<String, Long> idle,
            Map<String, Long> loaded, Map<String, Double> started, Path out) {
        StringBuilder r = new StringBuilder();
        r.append("## 1. Intake end to end (constant offered rate through the gateway)\n\n")
                .append("| offered/s | achieved/s | p50 ms | p95 ms | p99 ms | errors | clocks lag p50/p99 ms | ")
                .append("due dates lag p50/p99 ms | applications followed |\n|---|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < steps.size(); i++) {
            ConstantRate.Step s = steps.get(i);
            DownstreamLag.Lags l = lags.get(i);
            r.append(String.format("| %d | %.0f | %.1f | %.1f | %.1f | %d %s | %s / %s | %s / %s | %d (%d not caught up "
                            + "30 s after the step) |%n", s.offered(), s.achieved(), s.percentile(0.5) / 1e6,
                    s.percentile(0.95) / 1e6, s.percentile(0.99) / 1e6, s.errors(), s.statuses(),
                    DownstreamLag.millis(DownstreamLag.percentile(l.clocks(), 0.5)),
                    DownstreamLag.millis(DownstreamLag.percentile(l.clocks(), 0.99)),
                    DownstreamLag.millis(DownstreamLag.percentile(l.dueDates(), 0.5)),
                    DownstreamLag.millis(DownstreamLag.percentile(l.dueDates(), 0.99)), l.clocks().length,
                    l.unresolved()));
        }
        r.append("\n![latency against offered rate](").append(chart(out).getFileName())
                .append(")\n\n## 5. Footprint\n\n| process | RSS idle MiB | RSS under load MiB | start to ready s |\n")
                .append("|---|---|---|---|\n");
        long idleTotal = 0;
        long loadedTotal = 0;
        for (String p : Footprint.PROCESSES) {
            idleTotal += idle.getOrDefault(p, 0L);
            loadedTotal += loaded.getOrDefault(p, 0L);
            r.append("| ").append(p).append(" | ").append(idle.getOrDefault(p, -1L)).append(" | ")
                    .append(loaded.getOrDefault(p, -1L)).append(" | ")
                    .append(started.containsKey(p) ? started.get(p) : "–").append(" |\n");
        }
        r.append("| whole stack (services + broker) | ").append(idleTotal).append(" | ").append(loadedTotal)
                .append(" | |\n");
        return r.toString();
    }

    private static String failoverReport(Failover.Result f) {
        return String.format("%n## 2. Failover (AB-4)%n%n| from roster's answer to A's absence until | p50 ms | p99 ms "
                        + "| repetitions |%n|---|---|---|---|%n| the first new application is routed to B | %s | %s | %d |%n"
                        + "| all five of A's open cases are B's | %s | %s | %d |%n",
                DownstreamLag.millis(DownstreamLag.percentile(f.firstRouted(), 0.5)),
                DownstreamLag.millis(DownstreamLag.percentile(f.firstRouted(), 0.99)), f.repetitions(),
                DownstreamLag.millis(DownstreamLag.percentile(f.allMoved(), 0.5)),
                DownstreamLag.millis(DownstreamLag.percentile(f.allMoved(), 0.99)), f.repetitions());
    }

    /** The chart beside the results: bench/run writes {@code <date>.md.part} and renames it when complete. */
    private static Path chart(Path out) {
        return out.resolveSibling(out.getFileName().toString().replaceFirst("\\.md(\\.part)?$", ".png"));
    }

    /** A signed token from deploy/local/token, as the local stack's identity provider would issue it. */
    private static String token(Path run, String staff, String role) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(run.toAbsolutePath().getParent().resolve("deploy/local/token").toString(), staff,
                role).redirectErrorStream(false).start();
        String token = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0 || token.isEmpty()) {
            throw new IllegalStateException("deploy/local/token " + staff + " " + role + " failed");
        }
        return token;
    }

    static String application(Station station) {
        return "{\"serviceItemCode\":\"" + station.item() + "\",\"channel\":\"WINDOW\",\"materials\":[{\"code\":\"M1\","
                + "\"status\":\"PRESENT\"}],\"applicant\":{\"type\":\"PERSON\",\"idNumber\":\"110101199001011234\","
                + "\"name\":\"张三\",\"phone\":\"13800000000\"}}";
    }

    /** A service item handled by a post rostered today, so every application is accepted and routed. */
    Station station() throws IOException, InterruptedException {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String item = "BENCH-" + suffix;
        String post = "PB-" + suffix;
        for (String staff : List.of("BA-" + suffix, "BB-" + suffix)) {
            call("POST", "/api/roster/staff", "{\"id\":\"" + staff + "\",\"name\":\"压测\",\"department\":\"D01\","
                    + "\"rank\":2}");
        }
        call("POST", "/api/roster/posts", "{\"id\":\"" + post + "\",\"name\":\"压测窗口\",\"department\":\"D01\","
                + "\"serviceItems\":[\"" + item + "\"]}");
        call("PUT", "/api/roster/posts/" + post + "/roster/" + LocalDate.now(OFFICE), "{\"a\":\"BA-" + suffix
                + "\",\"b\":\"BB-" + suffix + "\"}");
        call("POST", "/api/intake/service-items", "{\"code\":\"" + item + "\",\"name\":\"压测事项\",\"department\":"
                + "\"D01\",\"basis\":\"条例\",\"promisedDays\":5,\"statutoryDays\":20,\"materials\":[{\"code\":\"M1\","
                + "\"name\":\"身份证\",\"required\":true}]}");
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/intake/posts/" + post
                    + "/coverage")).header("Authorization", admin).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("\"holder\":\"BA-")) {
                return new Station(item, post, "BA-" + suffix, "BB-" + suffix);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("intake never heard of post " + post + "'s coverage");
    }

    private void call(String method, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }
}
