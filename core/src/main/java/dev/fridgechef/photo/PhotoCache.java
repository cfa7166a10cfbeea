package dev.fridgechef.photo;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** The answers kept per photo (table photo_recognition), shared by every process using the store. */
public final class PhotoCache {
    /** A kept answer: who gave it and the model's JSON as it came. */
    public record Entry(String provider, String model, String answer) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public PhotoCache(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Optional<Entry> find(String sha256) {
        return jdbi.withHandle(h -> h.createQuery("SELECT provider, model, answer FROM photo_recognition WHERE sha256 = :s")
                .bind("s", sha256)
                .map((rs, ctx) -> new Entry(rs.getString("provider"), rs.getString("model"), rs.getString("answer")))
                .findOne());
    }

    /** Keeps the answer; a second answer for the same photo (another process was quicker) replaces it. */
    public void save(String sha256, Entry entry) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO photo_recognition (sha256, provider, model, answer, created_at) KEY (sha256) "
                        + "VALUES (:s, :p, :m, :a, :at)")
                .bind("s", sha256).bind("p", entry.provider()).bind("m", entry.model()).bind("a", entry.answer())
                .bind("at", LocalDateTime.now(clock)).execute());
    }
}
