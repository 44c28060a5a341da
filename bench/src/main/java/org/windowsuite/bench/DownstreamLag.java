package org.windowsuite.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long after intake's 201 the rest of the suite had caught up, for every accepted application of a step: until
 * deadline-service's transaction holding both clocks committed, and until intake's transaction showing both due
 * dates (deadline-service's answer, back over Kafka) committed. The moments are PostgreSQL's own commit times
 * ({@code track_commit_timestamp}, which bench/run turns on), read after the step, so following the applications
 * costs the stack nothing while it is measured and a lag is never inflated by how often somebody asks.
 */
final class DownstreamLag implements AutoCloseable {

    record Lags(long[] clocks, long[] dueDates, int unresolved) {
    }

    private static final String CLOCKS = "select subject_id, max(pg_xact_commit_timestamp(xmin)) from deadline_clock "
            + "where subject_type = 'CASE' and subject_id = any(?) group by subject_id having count(*) >= 2";
    private static final String DUE_DATES = "select id, pg_xact_commit_timestamp(xmin) from application "
            + "where id = any(?) and promised_due is not null and statutory_due is not null";

    private final long wallAtStart = Instant.now().toEpochMilli() * 1_000_000L;
    private final long nanoAtStart = System.nanoTime();
    private final Map<String, Long> accepted = new ConcurrentHashMap<>();
    private final java.util.List<String> behind = new java.util.ArrayList<>();
    private final Connection intake;
    private final Connection deadline;

    /** @param jdbc the PostgreSQL server's JDBC URL up to the database name, e.g. jdbc:postgresql://127.0.0.1:5432/ */
    DownstreamLag(String jdbc, String user, String password) throws SQLException {
        this.intake = DriverManager.getConnection(jdbc + "intake", user, password);
        this.deadline = DriverManager.getConnection(jdbc + "deadline", user, password);
    }

    /** An application was accepted: its 201 arrived at {@code at} (System.nanoTime). */
    void accepted(String id, long at) {
        accepted.put(id, wallAtStart + (at - nanoAtStart));
    }

    /** Waits up to {@code patience} for this step's applications to be caught up with, then reports and starts afresh. */
    Lags collect(Duration patience) throws SQLException, InterruptedException {
        Map<String, Long> step = Map.copyOf(accepted);
        accepted.clear();
        Map<String, Long> clocks = new HashMap<>();
        Map<String, Long> due = new HashMap<>();
        long until = System.nanoTime() + patience.toNanos();
        while (true) {
            commits(deadline, CLOCKS, "varchar", missing(step, clocks), clocks);
            commits(intake, DUE_DATES, "uuid", missing(step, due), due);
            if ((clocks.size() == step.size() && due.size() == step.size()) || System.nanoTime() > until) {
                break;
            }
            Thread.sleep(500);
        }
        behind.clear();
        step.keySet().stream().filter(id -> !clocks.containsKey(id) || !due.containsKey(id)).forEach(behind::add);
        return new Lags(lags(step, clocks), lags(step, due), step.size() - Math.min(clocks.size(), due.size()));
    }

    /**
     * Waits up to {@code patience} until the applications the last step left behind are through downstream, so that
     * what is measured next (failover) is not measured on a stack still digesting an overload. True when they are.
     */
    boolean awaitCaughtUp(Duration patience) throws SQLException, InterruptedException {
        Map<String, Long> clocks = new HashMap<>();
        Map<String, Long> due = new HashMap<>();
        Map<String, Long> waiting = new HashMap<>();
        behind.forEach(id -> waiting.put(id, 0L));
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            commits(deadline, CLOCKS, "varchar", missing(waiting, clocks), clocks);
            commits(intake, DUE_DATES, "uuid", missing(waiting, due), due);
            if (clocks.size() == waiting.size() && due.size() == waiting.size()) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static Object[] missing(Map<String, Long> step, Map<String, Long> found) {
        return step.keySet().stream().filter(id -> !found.containsKey(id)).toArray();
    }

    private static void commits(Connection db, String sql, String type, Object[] ids, Map<String, Long> into)
            throws SQLException {
        if (ids.length == 0) {
            return;
        }
        Object[] typed = type.equals("uuid")
                ? java.util.Arrays.stream(ids).map(id -> UUID.fromString((String) id)).toArray() : ids;
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setArray(1, db.createArrayOf(type, typed));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Instant committed = r.getTimestamp(2).toInstant();
                    into.put(r.getString(1), committed.getEpochSecond() * 1_000_000_000L + committed.getNano());
                }
            }
        }
    }

    /** Nanoseconds from each 201 to its commit, sorted; a commit the client's clock saw before its 201 counts as 0. */
    private static long[] lags(Map<String, Long> step, Map<String, Long> committed) {
        return committed.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - step.get(e.getKey())))
                .sorted().toArray();
    }

    static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    @Override
    public void close() throws SQLException {
        intake.close();
        deadline.close();
    }

    static String millis(long nanos) {
        return nanos < 0 ? "–" : String.format("%.0f", nanos / 1e6);
    }
}
