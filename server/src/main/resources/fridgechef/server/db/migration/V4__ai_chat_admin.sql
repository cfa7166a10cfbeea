-- AI through the server: token balances, the shared per-user call limit, the ledger of calls, chat.

-- tokens a user may still spend on AI calls; no row means 0. Only an admin's grant adds; each call
-- debits the tokens its provider reported, after the answer (so a balance may end slightly below 0)
CREATE TABLE ai_balances (
    user_id    UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    tokens     BIGINT NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- every grant, for the record
CREATE TABLE ai_grants (
    id         UUID PRIMARY KEY,
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tokens     BIGINT NOT NULL CHECK (tokens > 0),
    granted_by UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ai_grants_user ON ai_grants (user_id);

-- AI calls per user in a fixed window, shared by all instances (one conditional upsert takes a place)
CREATE TABLE ai_call_windows (
    user_id      UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    window_start TIMESTAMPTZ NOT NULL,
    calls        INT NOT NULL
);

-- one row per request sent to a provider (and per answer served from the cache), for reports and costs
CREATE TABLE ai_generations (
    id                UUID PRIMARY KEY,
    user_id           UUID REFERENCES users (id) ON DELETE SET NULL,
    feature           TEXT NOT NULL,
    provider          TEXT NOT NULL,
    model             TEXT NOT NULL,
    prompt_tokens     BIGINT NOT NULL DEFAULT 0,
    completion_tokens BIGINT NOT NULL DEFAULT 0,
    cost_usd          DOUBLE PRECISION NOT NULL DEFAULT 0,
    latency_ms        BIGINT NOT NULL DEFAULT 0,
    outcome           TEXT NOT NULL,
    cache_hit         BOOLEAN NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ai_generations_created ON ai_generations (created_at);
CREATE INDEX ai_generations_user ON ai_generations (user_id, created_at);

-- chat is personal: a conversation belongs to one user, not to the household
CREATE TABLE chat_conversations (
    id         UUID PRIMARY KEY,
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX chat_conversations_user ON chat_conversations (user_id, updated_at DESC);

-- seq orders the messages (and is what core's ChatHistory compares); id is what the API shows
CREATE TABLE chat_messages (
    seq               BIGSERIAL PRIMARY KEY,
    id                UUID NOT NULL UNIQUE,
    conversation_id   UUID NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
    role              TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'summary')),
    content           TEXT NOT NULL,
    prompt_tokens     BIGINT NOT NULL DEFAULT 0,
    completion_tokens BIGINT NOT NULL DEFAULT 0,
    summary_of        BIGINT,
    cache_key         TEXT,
    cached_from       UUID,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX chat_messages_conversation ON chat_messages (conversation_id, seq);
CREATE INDEX chat_messages_cache ON chat_messages (cache_key) WHERE cache_key IS NOT NULL;
