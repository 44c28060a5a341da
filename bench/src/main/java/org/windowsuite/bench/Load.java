package org.windowsuite.bench;

import java.net.URI;
import java.time.Duration;

/**
 * One constant-rate step on a station of its own, for profiling a service while it runs (bench/profile):
 * arguments gateway URL, admin token, clerk token, rate, seconds.
 */
public final class Load {

    private Load() {
    }

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench(args[0], "Bearer " + args[1]);
        Bench.Station station = bench.station();
        String body = Bench.application(station);
        ConstantRate generator = new ConstantRate();
        URI target = URI.create(args[0] + "/api/intake/applications");
        ConstantRate.Step s = generator.run(target, "Bearer " + args[2], () -> body, Integer.parseInt(args[3]),
                Duration.ofSeconds(Long.parseLong(args[4])), (id, at) -> { });
        System.out.printf("offered %d/s: achieved %.0f/s, p50 %.1f ms, p99 %.1f ms, answers %s%n", s.offered(),
                s.achieved(), s.percentile(0.5) / 1e6, s.percentile(0.99) / 1e6, s.statuses());
    }
}
