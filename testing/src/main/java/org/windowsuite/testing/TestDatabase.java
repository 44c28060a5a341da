package org.windowsuite.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Creates a fresh, uniquely named database on the local PostgreSQL for one test run, so runs never share
 * state and never touch the databases of a running local stack. Connection settings: PGHOST, PGPORT,
 * WINDOW_DB_USER, WINDOW_DB_PASSWORD (deploy/local/test creates that role with CREATEDB).
 */
public final class TestDatabase {

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    public static TestDatabase create(String prefix) {
        String name = (prefix + "_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toLowerCase();
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " at " + adminUrl()
                    + " as " + user() + " (run deploy/local/test, which prepares PostgreSQL): " + e.getMessage(), e);
        }
        return new TestDatabase(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + name;
    }

    public static String user() {
        return env("WINDOW_DB_USER", "window");
    }

    public static String password() {
        return env("WINDOW_DB_PASSWORD", "window");
    }

    public void drop() {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException ignored) {
            // a leftover test database is harmless; its name is unique
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl(), user(), password());
    }

    private static String adminUrl() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/postgres";
    }

    private static String host() {
        return env("PGHOST", "127.0.0.1");
    }

    private static String port() {
        return env("PGPORT", "5432");
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
