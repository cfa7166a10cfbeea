package dev.fridgechef.server.job;

import dev.fridgechef.server.stock.Membership;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The jobs table (plan_jobs), shared by every instance. Workers claim the oldest waiting job with one
 * statement ({@code FOR UPDATE SKIP LOCKED}, so two workers never claim the same job) and hold it by a
 * lease; a running job whose lease ran out (its instance died) is claimed again. A worker's later
 * changes name its claim (owner and attempt), so a worker whose job was taken over or cancelled changes nothing.
 */
public final class JobQueue {
    private static final String COLUMNS = "id, kind, state, attempts, progress, result_id, error_code, error_message, "
            + "created_at, updated_at, finished_at";
    private static final String FENCE = " WHERE id = :id AND owner = :owner AND attempts = :attempt AND state = 'running'";

    private final Jdbi jdbi;

    public JobQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Queues a job for the caller's household. */
    public Job enqueue(UUID userId, String kind, String requestJson) {
        return jdbi.withHandle(h -> h.createQuery("INSERT INTO plan_jobs (id, household_id, requested_by, kind, request, state) "
                        + "VALUES (:id, :household, :user, :kind, CAST(:request AS jsonb), 'queued') RETURNING " + COLUMNS)
                .bind("id", UUID.randomUUID()).bind("household", Membership.household(h, userId)).bind("user", userId)
                .bind("kind", kind).bind("request", requestJson).map(JOB).one());
    }

    /** Records a job that was answered at once (its result stored by {@code result} in the same transaction). */
    public Job enqueueDone(UUID userId, String kind, String requestJson, String progress, Function<Handle, UUID> result) {
        return jdbi.inTransaction(h -> h.createQuery("INSERT INTO plan_jobs (id, household_id, requested_by, kind, request, state, "
                        + "progress, result_id, started_at, finished_at) VALUES (:id, :household, :user, :kind, CAST(:request AS jsonb), "
                        + "'done', :progress, :result, now(), now()) RETURNING " + COLUMNS)
                .bind("id", UUID.randomUUID()).bind("household", Membership.household(h, userId)).bind("user", userId)
                .bind("kind", kind).bind("request", requestJson).bind("progress", progress).bind("result", result.apply(h))
                .map(JOB).one());
    }

    /** The job, when it belongs to the caller's household. */
    public Optional<Job> find(UUID userId, UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM plan_jobs WHERE id = :id AND household_id = :household")
                .bind("id", id).bind("household", Membership.household(h, userId)).map(JOB).findOne());
    }

    /** Cancels a queued or running job of the caller's household; the job as it is afterwards (empty: none such). */
    public Optional<Job> cancel(UUID userId, UUID id) {
        return jdbi.inTransaction(h -> {
            UUID household = Membership.household(h, userId);
            h.createUpdate("UPDATE plan_jobs SET state = 'cancelled', progress = 'cancelled', lease_until = NULL, "
                            + "updated_at = now(), finished_at = now() "
                            + "WHERE id = :id AND household_id = :household AND state IN ('queued', 'running')")
                    .bind("id", id).bind("household", household).execute();
            return h.createQuery("SELECT " + COLUMNS + " FROM plan_jobs WHERE id = :id AND household_id = :household")
                    .bind("id", id).bind("household", household).map(JOB).findOne();
        });
    }

    /**
     * Claims the oldest job of these kinds that waits, or whose lease ran out, for {@code owner} for
     * {@code lease}; one statement, so two workers (of any instance) never both claim a job.
     */
    public Optional<Claim> claim(String owner, Collection<String> kinds, Duration lease) {
        return jdbi.withHandle(h -> h.createQuery("""
                        UPDATE plan_jobs SET state = 'running', owner = :owner, attempts = attempts + 1,
                               lease_until = now() + make_interval(secs => :lease), started_at = coalesce(started_at, now()),
                               updated_at = now(), progress = 'claimed by ' || :owner || ' (attempt ' || (attempts + 1) || ')'
                        WHERE id = (SELECT id FROM plan_jobs
                                    WHERE kind = ANY(:kinds)
                                      AND ((state = 'queued' AND available_at <= now()) OR (state = 'running' AND lease_until < now()))
                                    ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
                        RETURNING id, household_id, requested_by, kind, request::text AS request, owner, attempts""")
                .bind("owner", owner).bind("lease", lease.toMillis() / 1000.0).bind("kinds", kinds.toArray(String[]::new))
                .map((rs, ctx) -> new Claim(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
                        rs.getObject("requested_by", UUID.class), rs.getString("kind"), rs.getString("request"),
                        rs.getString("owner"), rs.getInt("attempts")))
                .findOne());
    }

    /** Renews the lease of every job this owner runs; how many it holds. */
    public int heartbeat(String owner, Duration lease) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE plan_jobs SET lease_until = now() + make_interval(secs => :lease) "
                        + "WHERE owner = :owner AND state = 'running'")
                .bind("owner", owner).bind("lease", lease.toMillis() / 1000.0).execute());
    }

    /** Whether the progress was recorded (false: the claim is lost). */
    public boolean progress(Claim claim, String text) {
        return jdbi.withHandle(h -> fenced(h, "UPDATE plan_jobs SET progress = :progress, updated_at = now()" + FENCE, claim)
                .bind("progress", text).execute() > 0);
    }

    /**
     * Stores the result and marks the job done in one transaction, only while the claim holds (the job
     * is still running under it: not cancelled, not taken over); false (nothing stored) otherwise.
     */
    public boolean complete(Claim claim, JobHandler.Result result) {
        return jdbi.inTransaction(h -> {
            boolean held = h.createQuery("SELECT id FROM plan_jobs" + FENCE + " FOR UPDATE")
                    .bind("id", claim.id()).bind("owner", claim.owner()).bind("attempt", claim.attempt()).mapTo(UUID.class).findOne().isPresent();
            if (!held) return false;
            UUID resultId = result.store(h);
            fenced(h, "UPDATE plan_jobs SET state = 'done', progress = :progress, result_id = :result, lease_until = NULL, "
                    + "error_code = NULL, error_message = NULL, updated_at = now(), finished_at = now()" + FENCE, claim)
                    .bind("result", resultId).bind("progress", result.doneText()).execute();
            return true;
        });
    }

    /** Ends the job as failed (false: the claim is lost). */
    public boolean fail(Claim claim, String code, String message) {
        return jdbi.withHandle(h -> fenced(h, "UPDATE plan_jobs SET state = 'failed', progress = 'failed', error_code = :code, "
                + "error_message = :message, lease_until = NULL, updated_at = now(), finished_at = now()" + FENCE, claim)
                .bind("code", code).bind("message", message).execute() > 0);
    }

    /** Puts a failed attempt's job back in the queue, waiting {@code delay}, with the attempt's error shown. */
    public boolean retry(Claim claim, Duration delay, String code, String message) {
        return jdbi.withHandle(h -> fenced(h, "UPDATE plan_jobs SET state = 'queued', owner = NULL, lease_until = NULL, "
                + "available_at = now() + make_interval(secs => :delay), progress = :progress, error_code = :code, "
                + "error_message = :message, updated_at = now()" + FENCE, claim)
                .bind("delay", delay.toMillis() / 1000.0).bind("progress", "attempt " + claim.attempt() + " failed; queued again")
                .bind("code", code).bind("message", message).execute() > 0);
    }

    /** Gives an unfinished job back to the queue (its instance is stopping); the claim does not count as an attempt. */
    public boolean release(Claim claim) {
        return jdbi.withHandle(h -> fenced(h, "UPDATE plan_jobs SET state = 'queued', owner = NULL, lease_until = NULL, "
                + "attempts = attempts - 1, progress = 'queued again (its server stopped)', updated_at = now()" + FENCE, claim)
                .execute() > 0);
    }

    /** Jobs waiting for a worker, on every instance. */
    public long queued() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM plan_jobs WHERE state = 'queued'").mapTo(Long.class).one());
    }

    private static Update fenced(Handle h, String sql, Claim claim) {
        return h.createUpdate(sql).bind("id", claim.id()).bind("owner", claim.owner()).bind("attempt", claim.attempt());
    }

    private static final RowMapper<Job> JOB = (rs, ctx) -> new Job(rs.getObject("id", UUID.class), rs.getString("kind"),
            rs.getString("state"), rs.getInt("attempts"), rs.getString("progress"), Optional.ofNullable(rs.getObject("result_id", UUID.class)),
            Optional.ofNullable(rs.getString("error_code")), Optional.ofNullable(rs.getString("error_message")),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
            Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
}
