package dev.fridgechef.analysis;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** The AI notes accepted for closed days (table day_narrative), by the SHA-256 of their request; shared by every process. */
public final class NarrativeCache {
    /** A note and who wrote it ("ai:provider/model"). */
    public record Entry(String text, String source) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public NarrativeCache(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Optional<Entry> find(String requestSha256) {
        return jdbi.withHandle(h -> h.createQuery("SELECT text, source FROM day_narrative WHERE request_sha256 = :k").bind("k", requestSha256)
                .map((rs, ctx) -> new Entry(rs.getString("text"), rs.getString("source"))).findOne());
    }

    public void save(String requestSha256, LocalDate day, Entry entry) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO day_narrative (request_sha256, closed_day, source, text, created_at) KEY (request_sha256) "
                        + "VALUES (:k, :d, :s, :t, :at)")
                .bind("k", requestSha256).bind("d", day).bind("s", entry.source().length() > 300 ? entry.source().substring(0, 300) : entry.source())
                .bind("t", entry.text()).bind("at", LocalDateTime.now(clock)).execute());
    }
}
