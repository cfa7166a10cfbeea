package dev.fridgechef.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Every table of the store that holds the person's data, with the section of the export it becomes
 * and how its columns are written. A new table must be added here (a test compares this list with
 * the schema), so that it is exported and erased. Children come before the tables they reference,
 * which is the order rows are deleted in.
 */
final class PersonalTables {
    /** How a column is written when it is not a plain value. */
    enum Column { JSON, LINES }

    record Table(String section, String name, String orderBy, Map<String, Column> columns) {
    }

    static final List<Table> ALL = List.of(
            new Table("folder_items", "folder_item", "folder_id, kind, ref", Map.of()),
            new Table("folders", "folder", "id", Map.of()),
            new Table("favourites", "favourite", "kind, ref", Map.of()),
            new Table("saved_tags", "saved_tag", "kind, ref, tag", Map.of()),
            new Table("sync_outbox", "sync_outbox", "seq", Map.of("op", Column.JSON)),
            new Table("sync_log", "sync_log", "op_id", Map.of("op", Column.JSON)),
            new Table("sync_link", "sync_state", "id", Map.of()),
            new Table("diary_changes", "diary_change", "id", Map.of("before_json", Column.JSON, "after_json", Column.JSON)),
            new Table("diary_portions", "diary_portion", "entry_id, position", Map.of()),
            new Table("diary_entries", "diary_entry", "id", Map.of()),
            new Table("diary_sessions", "diary_session", "id", Map.of()),
            new Table("chat_messages", "chat_message", "conversation_id, id", Map.of()),
            new Table("chat_conversations", "chat_conversation", "id", Map.of()),
            new Table("cooked_meals", "cooked_meal", "plan_id, plan_date, meal", Map.of()),
            new Table("shopping_checks", "shopping_check", "plan_id, food_id", Map.of()),
            new Table("plans", "meal_plan", "id", Map.of("plan_json", Column.JSON)),
            new Table("profile", "profile", "user_name", Map.of("document", Column.JSON)),
            new Table("health", "profile_health", "user_name", Map.of("document", Column.JSON)),
            new Table("stock", "inventory_item", "id", Map.of()),
            new Table("user_recipes", "user_recipe", "id", Map.of("document", Column.JSON, "unmapped", Column.LINES)),
            new Table("ai_dishes", "ai_dish", "id", Map.of("document", Column.JSON)),
            new Table("photo_recognitions", "photo_recognition", "sha256", Map.of()),
            new Table("day_notes", "day_narrative", "request_sha256", Map.of()),
            new Table("ai_answers", "llm_answer", "call_id", Map.of()),
            new Table("ai_usage", "llm_call", "id", Map.of()),
            new Table("ai_limits", "llm_limit", "scope", Map.of()),
            new Table("jobs", "job", "id", Map.of("request", Column.JSON)),
            new Table("household", "household", "user_name", Map.of()),
            new Table("pantry_staples", "pantry_staple", "user_name, food_id", Map.of()));

    private PersonalTables() {
    }

    /** Every row of the table, in a stable order, as JSON objects keyed by column name. */
    static ArrayNode rows(Handle h, Table table, ObjectMapper json) {
        ArrayNode rows = json.createArrayNode();
        h.createQuery("SELECT * FROM " + table.name() + " ORDER BY " + table.orderBy())
                .map((rs, ctx) -> row(rs, table, json))
                .forEach(rows::add);
        return rows;
    }

    static int delete(Handle h, Table table) {
        return h.createUpdate("DELETE FROM " + table.name()).execute();
    }

    private static ObjectNode row(ResultSet rs, Table table, ObjectMapper json) throws SQLException {
        ObjectNode row = json.createObjectNode();
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
            Column kind = table.columns().get(name);
            if (kind == Column.JSON) {
                row.set(name, parsed(rs.getString(i), json));
            } else if (kind == Column.LINES) {
                ArrayNode lines = row.putArray(name);
                String text = rs.getString(i);
                if (text != null) text.lines().filter(l -> !l.isBlank()).forEach(lines::add);
            } else {
                row.set(name, value(rs, i, meta.getColumnType(i), json));
            }
        }
        return row;
    }

    private static JsonNode value(ResultSet rs, int i, int type, ObjectMapper json) throws SQLException {
        Object value = switch (type) {
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(i) == null ? null : rs.getBigDecimal(i).doubleValue();
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getObject(i) == null ? null : rs.getLong(i);
            case Types.BOOLEAN -> rs.getObject(i) == null ? null : rs.getBoolean(i);
            default -> rs.getString(i);
        };
        return json.valueToTree(value);
    }

    /** A JSON column as JSON; text that does not parse (never written by the app) is kept as a string. */
    private static JsonNode parsed(String text, ObjectMapper json) {
        if (text == null) return json.nullNode();
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            return json.getNodeFactory().textNode(text);
        }
    }
}
