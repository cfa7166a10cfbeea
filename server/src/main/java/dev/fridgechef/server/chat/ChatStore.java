package dev.fridgechef.server.chat;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Conversations and their messages in PostgreSQL. Every query names the user: a conversation of
 * anyone else (household members included) is not found, exactly like an id that does not exist.
 */
public final class ChatStore {
    private static final String CONVERSATION_COLUMNS = """
            c.id, c.title, c.created_at, c.updated_at,
            (SELECT count(*) FROM chat_messages m WHERE m.conversation_id = c.id AND m.role <> 'summary') AS messages""";
    private static final RowMapper<Conversation> CONVERSATION = (rs, ctx) -> new Conversation(rs.getObject("id", UUID.class),
            rs.getString("title"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("messages"));
    private static final RowMapper<StoredMessage> MESSAGE = (rs, ctx) -> new StoredMessage(rs.getObject("id", UUID.class),
            rs.getLong("seq"), rs.getString("role"), rs.getString("content"), rs.getLong("prompt_tokens"),
            rs.getLong("completion_tokens"), rs.getObject("cached_from") != null,
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), (Long) rs.getObject("summary_of"));

    private final Jdbi jdbi;

    public ChatStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public record Page<T>(List<T> items, long total) {
    }

    /** The user's conversations, most recently used first. */
    public Page<Conversation> list(UUID userId, int limit, int offset) {
        return jdbi.withHandle(h -> new Page<>(h.createQuery("SELECT " + CONVERSATION_COLUMNS + """
                                 FROM chat_conversations c WHERE c.user_id = :user
                                ORDER BY c.updated_at DESC, c.id LIMIT :limit OFFSET :offset""")
                .bind("user", userId).bind("limit", limit).bind("offset", offset).map(CONVERSATION).list(),
                h.createQuery("SELECT count(*) FROM chat_conversations WHERE user_id = :user").bind("user", userId)
                        .mapTo(Long.class).one()));
    }

    public Conversation create(UUID userId, String title) {
        UUID id = UUID.randomUUID();
        return jdbi.withHandle(h -> {
            h.createUpdate("INSERT INTO chat_conversations (id, user_id, title) VALUES (:id, :user, :title)")
                    .bind("id", id).bind("user", userId).bind("title", title).execute();
            return find(h, userId, id).orElseThrow();
        });
    }

    public Optional<Conversation> find(UUID userId, UUID id) {
        return jdbi.withHandle(h -> find(h, userId, id));
    }

    public Optional<Conversation> rename(UUID userId, UUID id, String title) {
        return jdbi.withHandle(h -> {
            int changed = h.createUpdate("UPDATE chat_conversations SET title = :title WHERE id = :id AND user_id = :user")
                    .bind("title", title).bind("id", id).bind("user", userId).execute();
            return changed == 0 ? Optional.empty() : find(h, userId, id);
        });
    }

    /** Deletes the conversation and its messages; false when the user has no such conversation. */
    public boolean delete(UUID userId, UUID id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM chat_conversations WHERE id = :id AND user_id = :user")
                .bind("id", id).bind("user", userId).execute()) > 0;
    }

    /** A page of the conversation's questions and answers, oldest first; empty when it is not the user's. */
    public Optional<Page<StoredMessage>> messages(UUID userId, UUID conversationId, int limit, int offset) {
        return jdbi.withHandle(h -> find(h, userId, conversationId).map(c -> new Page<>(h.createQuery("""
                                SELECT * FROM chat_messages WHERE conversation_id = :c AND role <> 'summary'
                                ORDER BY seq LIMIT :limit OFFSET :offset""")
                .bind("c", conversationId).bind("limit", limit).bind("offset", offset).map(MESSAGE).list(), c.messages())));
    }

    /** Every message of a conversation (summaries included), oldest first, for the model's history. */
    public List<StoredMessage> all(UUID conversationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM chat_messages WHERE conversation_id = :c ORDER BY seq")
                .bind("c", conversationId).map(MESSAGE).list());
    }

    /** A new message, and the conversation marked as used now (its title set from the first question when it has none). */
    public StoredMessage add(UUID conversationId, String role, String text, long promptTokens, long completionTokens, String cacheKey,
                             UUID cachedFrom) {
        return jdbi.inTransaction(h -> {
            StoredMessage m = h.createQuery("""
                            INSERT INTO chat_messages (id, conversation_id, role, content, prompt_tokens, completion_tokens, cache_key,
                                                       cached_from)
                            VALUES (:id, :c, :role, :text, :in, :out, :key, :from) RETURNING *""")
                    .bind("id", UUID.randomUUID()).bind("c", conversationId).bind("role", role).bind("text", text)
                    .bind("in", promptTokens).bind("out", completionTokens).bind("key", cacheKey).bind("from", cachedFrom)
                    .map(MESSAGE).one();
            h.createUpdate("UPDATE chat_conversations SET updated_at = now() WHERE id = :c").bind("c", conversationId).execute();
            return m;
        });
    }

    /** The model's summary of the conversation's messages up to {@code summaryOf} (a seq), sent in their place from now on. */
    public StoredMessage addSummary(UUID conversationId, String text, long promptTokens, long completionTokens, long summaryOf) {
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO chat_messages (id, conversation_id, role, content, prompt_tokens, completion_tokens, summary_of)
                        VALUES (:id, :c, 'summary', :text, :in, :out, :of) RETURNING *""")
                .bind("id", UUID.randomUUID()).bind("c", conversationId).bind("text", text).bind("in", promptTokens)
                .bind("out", completionTokens).bind("of", summaryOf).map(MESSAGE).one());
    }

    public void titleIfEmpty(UUID conversationId, String title) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE chat_conversations SET title = :title WHERE id = :c AND title = ''")
                .bind("title", title).bind("c", conversationId).execute());
    }

    /**
     * The user's answer given today by the model (not itself served from here) to an opening question
     * with this cache key.
     */
    public Optional<StoredMessage> cachedAnswer(UUID userId, String cacheKey) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT m.* FROM chat_messages m JOIN chat_conversations c ON c.id = m.conversation_id
                        WHERE c.user_id = :user AND m.cache_key = :key AND m.role = 'assistant' AND m.cached_from IS NULL
                          AND m.created_at >= date_trunc('day', now())
                        ORDER BY m.seq DESC LIMIT 1""")
                .bind("user", userId).bind("key", cacheKey).map(MESSAGE).findOne());
    }

    private static Optional<Conversation> find(Handle h, UUID userId, UUID id) {
        return h.createQuery("SELECT " + CONVERSATION_COLUMNS + " FROM chat_conversations c WHERE c.id = :id AND c.user_id = :user")
                .bind("id", id).bind("user", userId).map(CONVERSATION).findOne();
    }
}
