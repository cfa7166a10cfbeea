-- The persistent job queue (AI plans today). A running job whose worker stops sending heartbeats
-- is taken over by the next worker, so a killed process does not strand it.
CREATE TABLE job (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(40)    NOT NULL,
    status          VARCHAR(20)    NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    request         VARCHAR(4000)  NOT NULL,
    progress        INT            NOT NULL DEFAULT 0,
    message         VARCHAR(2000),
    result_plan_id  BIGINT,
    cancel_asked    BOOLEAN        NOT NULL DEFAULT FALSE,
    worker          VARCHAR(100),
    heartbeat_at    TIMESTAMP,
    created_at      TIMESTAMP      NOT NULL,
    started_at      TIMESTAMP,
    finished_at     TIMESTAMP
);

CREATE INDEX job_status ON job (status, id);
