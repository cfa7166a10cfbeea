package dev.fridgechef.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads every row of every table, which makes H2 read every page the data lives on: a damaged page
 * shows up here rather than in the middle of a person's work.
 */
public final class StoreCheck {
    /** Rows per table, and what went wrong, if anything. */
    public record Result(Map<String, Long> rows, Optional<String> problem) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    private StoreCheck() {
    }

    /** Checks an open store. */
    public static Result check(Store store) {
        try (Connection c = store.dataSource().getConnection()) {
            return readAll(c);
        } catch (SQLException e) {
            return new Result(Map.of(), Optional.of(StoreDamagedException.reason(e)));
        }
    }

    /** Opens the database at {@code path} (no ".mv.db"), read only, and checks it; for backups, which are not stores in use. */
    static Result readAll(Path path) {
        String url = "jdbc:h2:file:" + path.toAbsolutePath() + ";FILE_LOCK=NO;ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
        try (Connection c = new org.h2.jdbc.JdbcConnection(url, new java.util.Properties(), "fridgechef", "", true)) {
            return readAll(c);
        } catch (SQLException e) {
            return new Result(Map.of(), Optional.of(StoreDamagedException.reason(e)));
        }
    }

    private static Result readAll(Connection c) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        if (!tables.contains("flyway_schema_history")) return new Result(rows, Optional.of("not a Fridge Chef store (no schema history)"));
        for (String table : tables) {
            long count = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) rs.getObject(i); // every value read, large ones too
                    count++;
                }
            } catch (SQLException e) {
                return new Result(rows, Optional.of(table + ": " + StoreDamagedException.reason(e)));
            }
            rows.put(table, count);
        }
        return new Result(rows, Optional.empty());
    }
}
