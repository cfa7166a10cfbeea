package dev.fridgechef.store;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedSql;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Our parser reads SQL exactly as JDBI's own (ANTLR) colon-prefix parser does, only faster to start. */
class NamedParametersTest {
    private static final ColonPrefixSqlParser JDBI = new ColonPrefixSqlParser();

    @Test
    void parametersAreFoundOutsideQuotesAndComments() {
        ParsedSql parsed = NamedParameters.INSTANCE.parse(
                "SELECT id, ':no' AS \"x:y\" FROM t -- :comment\nWHERE a = :a AND b::text = :b /* :c */ AND d = :d_2", null);
        assertThat(parsed.getParameters().getParameterNames()).containsExactly("a", "b", "d_2");
        assertThat(parsed.getSql()).isEqualTo("SELECT id, ':no' AS \"x:y\" FROM t -- :comment\nWHERE a = ? AND b::text = ? /* :c */ AND d = ?");
        assertThat(NamedParameters.INSTANCE.parse("SELECT * FROM t WHERE a = ? AND b = ?", null).getParameters().isPositional()).isTrue();
    }

    @Test
    void aDoubledQuoteStaysInsideItsString() {
        ParsedSql parsed = NamedParameters.INSTANCE.parse("UPDATE t SET note = 'it''s :not' WHERE id = :id", null);
        assertThat(parsed.getParameters().getParameterNames()).containsExactly("id");
    }

    @Property(tries = 500)
    void readsAsJdbisParserDoes(@ForAll("statements") String sql) {
        ParsedSql ours = NamedParameters.INSTANCE.parse(sql, null);
        ParsedSql theirs = JDBI.parse(sql, null);
        assertThat(ours.getSql()).isEqualTo(theirs.getSql());
        assertThat(ours.getParameters().getParameterNames()).isEqualTo(theirs.getParameters().getParameterNames());
        assertThat(ours.getParameters().isPositional()).isEqualTo(theirs.getParameters().isPositional());
    }

    @Provide
    Arbitrary<String> statements() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("SELECT * FROM t WHERE ", " AND ", " = ", ", ", "(", ")", " ORDER BY x", "\n", " ", "MERGE INTO t KEY(id) VALUES ",
                        "::text", "'a''b'", "'x:y'", "\"col:1\"", "-- note :x\n", "/* :y */", "12.5", "a < b", "<x>"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(name -> ":" + name),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(4).map(name -> ":" + name + "_1"));
        return piece.list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts))
                .filter(sql -> !(sql.contains(":") && sql.contains("?"))); // JDBI refuses to mix the two kinds
    }

    @Test
    void everyStatementOfTheStoreReadsTheSame() {
        for (String sql : List.of("SELECT document FROM profile WHERE user_name = :u",
                "INSERT INTO t (a, b) VALUES (:a, :b)", "SELECT COUNT(*) FROM t WHERE d >= :from AND d < :to")) {
            assertThat(NamedParameters.INSTANCE.parse(sql, null).getSql()).isEqualTo(JDBI.parse(sql, null).getSql());
        }
    }
}
