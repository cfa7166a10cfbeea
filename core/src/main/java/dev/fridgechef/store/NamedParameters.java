package dev.fridgechef.store;

import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads {@code :name} and {@code ?} parameters out of SQL, as JDBI's default parser does, without
 * its ANTLR lexer: building that lexer costs a tenth of a second on the first statement of every
 * process, which is most of a short CLI command's first query. Text inside quotes and comments is
 * copied as it is, and {@code ::} (a PostgreSQL cast) is not a parameter.
 */
public final class NamedParameters implements SqlParser {
    public static final NamedParameters INSTANCE = new NamedParameters();

    private NamedParameters() {
    }

    @Override
    public ParsedSql parse(String sql, StatementContext ctx) {
        ParsedSql.Builder parsed = ParsedSql.builder();
        StringBuilder text = new StringBuilder(sql.length());
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closingQuote(sql, i, c);
                text.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                text.append(sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                text.append(sql, i, end);
                i = end;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                text.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && isNameStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && isNamePart(sql.charAt(end))) end++;
                parsed.append(text.toString()).appendNamedParameter(sql.substring(i + 1, end));
                text.setLength(0);
                i = end;
            } else if (c == '?') {
                parsed.append(text.toString()).appendPositionalParameter();
                text.setLength(0);
                i++;
            } else {
                text.append(c);
                i++;
            }
        }
        return parsed.append(text.toString()).build();
    }

    /** The index just past the quote that closes the one at {@code start}; a doubled quote is an escaped one. */
    private static int closingQuote(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    @Override
    public String nameParameter(String rawName, StatementContext ctx) {
        return ":" + rawName;
    }
}
