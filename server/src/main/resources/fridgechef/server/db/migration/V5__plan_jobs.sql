-- Queued work (plan requests first): every instance's workers claim jobs from here with
-- FOR UPDATE SKIP LOCKED and hold them by a lease they renew; a job whose lease ran out
-- (its instance died) is claimed again by another worker. "attempts" counts the claims and
-- fences a stale worker: only the holder of the latest claim may finish the job.
CREATE TABLE plan_jobs (
    id            UUID PRIMARY KEY,
    household_id  UUID NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    requested_by  UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    request       JSONB NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    attempts      INT NOT NULL DEFAULT 0,
    owner         TEXT,
    lease_until   TIMESTAMPTZ,
    available_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    progress      TEXT NOT NULL DEFAULT 'queued',
    result_id     UUID,
    error_code    TEXT,
    error_message TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at    TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at   TIMESTAMPTZ
);
-- the queue scan: only unfinished jobs, oldest first
CREATE INDEX plan_jobs_queue ON plan_jobs (created_at) WHERE state IN ('queued', 'running');
CREATE INDEX plan_jobs_household ON plan_jobs (household_id, created_at DESC);
