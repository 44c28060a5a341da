package org.windowsuite.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of a test's own ({@code initdb} into a temporary folder, its own port, trust
 * authentication on loopback), so a fault test can stop and restart the database under running services without
 * touching the machine's shared cluster. Uses the machine's PostgreSQL binaries; as root it runs them as
 * {@code postgres}, since PostgreSQL refuses to run as root.
 */
public final class PostgresCluster implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Path bin;

    private PostgresCluster(Path dir, int port, Path bin) {
        this.dir = dir;
        this.port = port;
        this.bin = bin;
    }

    /** Creates and starts a fresh cluster. */
    public static PostgresCluster start() {
        try {
            Path bin = binaries();
            Path dir = Files.createTempDirectory("pg-cluster",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            PostgresCluster cluster = new PostgresCluster(dir, freePort(), bin);
            cluster.run(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            Files.writeString(dir.resolve("data/postgresql.conf"), String.join("\n", "",
                    "listen_addresses = '127.0.0.1'", "port = " + cluster.port, "unix_socket_directories = '" + dir + "'",
                    "fsync = off", "synchronous_commit = off", "max_connections = 200", ""),
                    java.nio.file.StandardOpenOption.APPEND);
            cluster.startServer();
            cluster.execute("create role \"window\" login password 'window' createdb");
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("could not create a PostgreSQL cluster: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** A new database owned by the suite's role. */
    public String createDatabase(String name) {
        execute("create database " + name + " owner \"window\"");
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Stops the server at once, as an operator's restart does (connections are cut). */
    public void stopServer() {
        run(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
    }

    public void startServer() {
        run(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "start");
    }

    @Override
    public void close() {
        try {
            stopServer();
        } catch (RuntimeException alreadyStopped) {
            // nothing to stop
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "': " + e.getMessage(), e);
        }
    }

    private void run(String... command) {
        List<String> line = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            chown();
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void chown() {
        try {
            Process p = new ProcessBuilder("chown", "-R", "postgres:postgres", dir.toString()).start();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("could not hand " + dir + " to postgres", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path binaries() throws IOException {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(java.util.Comparator.naturalOrder())
                    .orElseThrow(() -> new IOException("no PostgreSQL server binaries under /usr/lib/postgresql"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
