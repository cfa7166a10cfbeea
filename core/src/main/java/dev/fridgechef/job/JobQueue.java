package dev.fridgechef.job;

import dev.fridgechef.i18n.UserException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The persistent job queue in the store, shared by every process (the CLI, its background worker,
 * the desktop app). A worker claims a job in a transaction, sends heartbeats while it runs, and a
 * job whose heartbeat is older than {@link #STALE} is claimed again by the next worker.
 */
public final class JobQueue {
    public static final Duration STALE = Duration.ofSeconds(30);

    private static final RowMapper<Job> MAPPER = (rs, ctx) -> new Job(rs.getLong("id"), rs.getString("kind"),
            Job.Status.valueOf(rs.getString("status")), rs.getString("request"), rs.getInt("progress"), rs.getString("message"),
            (Long) rs.getObject("result_plan_id", Long.class), rs.getBoolean("cancel_asked"), rs.getString("worker"),
            time(rs.getTimestamp("created_at")), time(rs.getTimestamp("started_at")), time(rs.getTimestamp("finished_at")));

    private final Jdbi jdbi;
    private final Clock clock;

    public JobQueue(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public Job submit(String kind, String request) {
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO job (kind, status, request, created_at) VALUES (:k, 'QUEUED', :r, :t)")
                .bind("k", kind).bind("r", request).bind("t", now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return get(id);
    }

    public Job get(long id) {
        return jdbi.withHandle(h -> find(h, id)).orElseThrow(() -> new UserException("error.job.unknown", id));
    }

    private static Optional<Job> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM job WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public List<Job> list(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM job ORDER BY id DESC LIMIT :n").bind("n", limit).map(MAPPER).list());
    }

    /** Takes the oldest queued job, or a running one whose worker went silent; empty when there is none. */
    public Optional<Job> claim(String worker) {
        return jdbi.inTransaction(h -> {
            Optional<Long> id = h.createQuery("SELECT id FROM job WHERE (status = 'QUEUED' AND NOT cancel_asked) "
                            + "OR (status = 'RUNNING' AND heartbeat_at < :stale) ORDER BY id LIMIT 1 FOR UPDATE")
                    .bind("stale", now().minus(STALE)).mapTo(Long.class).findOne();
            if (id.isEmpty()) return Optional.empty();
            h.createUpdate("UPDATE job SET status = 'RUNNING', worker = :w, heartbeat_at = :t, started_at = COALESCE(started_at, :t), "
                    + "progress = 0, message = NULL WHERE id = :id").bind("w", worker).bind("t", now()).bind("id", id.get()).execute();
            return Optional.of(find(h, id.get()).orElseThrow());
        });
    }

    /** Records progress and keeps the claim alive; returns false when cancellation was asked (the worker should stop). */
    public boolean progress(long id, int percent, String message) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE job SET progress = :p, message = :m, heartbeat_at = :t WHERE id = :id AND status = 'RUNNING'")
                    .bind("p", Math.max(0, Math.min(100, percent))).bind("m", message).bind("t", now()).bind("id", id).execute();
            return !h.createQuery("SELECT cancel_asked FROM job WHERE id = :id").bind("id", id).mapTo(Boolean.class).one();
        });
    }

    /** Keeps the claim alive without changing the message; false when cancellation was asked. */
    public boolean heartbeat(long id) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE job SET heartbeat_at = :t WHERE id = :id AND status = 'RUNNING'").bind("t", now()).bind("id", id).execute();
            return !h.createQuery("SELECT cancel_asked FROM job WHERE id = :id").bind("id", id).mapTo(Boolean.class).one();
        });
    }

    /** Within a transaction that stores the job's result: locks the job row and throws {@link Cancelled} when cancellation was asked. */
    public static void checkNotCancelled(Handle h, long id) {
        boolean asked = h.createQuery("SELECT cancel_asked FROM job WHERE id = :id FOR UPDATE").bind("id", id).mapTo(Boolean.class)
                .findOne().orElse(false);
        if (asked) throw new Cancelled(id);
    }

    /** The job was cancelled before its result was stored; nothing was. */
    public static final class Cancelled extends RuntimeException {
        Cancelled(long id) {
            super("job " + id + " was cancelled");
        }
    }

    public void done(long id, Long planId, String message) {
        finish(id, Job.Status.DONE, planId, message);
    }

    public void failed(long id, String message) {
        finish(id, Job.Status.FAILED, null, message);
    }

    private void finish(long id, Job.Status status, Long planId, String message) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE job SET status = :s, result_plan_id = :p, message = :m, progress = 100, finished_at = :t "
                        + "WHERE id = :id AND status = 'RUNNING'")
                .bind("s", status.name()).bind("p", planId).bind("m", message).bind("t", now()).bind("id", id).execute());
    }

    /** Cancels a queued job at once; a running one is asked to stop and stops at its next progress report. */
    public Job cancel(long id) {
        return jdbi.inTransaction(h -> {
            Job job = h.createQuery("SELECT * FROM job WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER).findOne()
                    .orElseThrow(() -> new UserException("error.job.unknown", id));
            if (job.finished()) throw new UserException("error.job.finished", id, job.status().name().toLowerCase(java.util.Locale.ROOT));
            h.createUpdate("UPDATE job SET cancel_asked = TRUE WHERE id = :id").bind("id", id).execute();
            h.createUpdate("UPDATE job SET status = 'CANCELLED', finished_at = :t WHERE id = :id AND status = 'QUEUED'")
                    .bind("t", now()).bind("id", id).execute();
            return find(h, id).orElseThrow();
        });
    }

    /** Marks a running job cancelled once its worker noticed (its last progress message no longer applies). */
    public void cancelled(long id) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE job SET status = 'CANCELLED', message = 'cancelled', finished_at = :t "
                        + "WHERE id = :id AND status = 'RUNNING'")
                .bind("t", now()).bind("id", id).execute());
    }
}
