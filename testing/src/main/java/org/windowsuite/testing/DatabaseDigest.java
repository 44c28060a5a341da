package org.windowsuite.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Row counts and a digest of every domain table of a service's database: proof that nothing was written. */
public final class DatabaseDigest {

    private DatabaseDigest() {
    }

    /** Table → "rows:md5"; the inbox, outbox and Flyway's own table are left out (they are not the domain's). */
    public static Map<String, String> of(Connection c) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select table_name from information_schema.tables where "
                    + "table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in "
                    + "('processed_event', 'outbox_event', 'flyway_schema_history')")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|' order by "
                        + "t::text), '')) from \"" + table + "\" t")) {
                    r.next();
                    digests.put(table, r.getLong(1) + ":" + r.getString(2));
                }
            }
        }
        return digests;
    }
}
