package dev.fridgechef.chat;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.text.SafeText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The stored conversations and their messages; works without any AI provider. */
public final class Conversations {
    public static final int MAX_TITLE = 80;

    private final Jdbi jdbi;
    private final Clock clock;

    public Conversations(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Most recently used first (by time, then by the newest message). */
    public List<Conversation> list() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE c.user_name = :u ORDER BY c.updated_at DESC, last_message DESC NULLS LAST, c.id DESC")
                .bind("u", ProfileService.DEFAULT_USER).map(CONVERSATION).list());
    }

    public Optional<Conversation> find(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE c.user_name = :u AND c.id = :id")
                .bind("u", ProfileService.DEFAULT_USER).bind("id", id).map(CONVERSATION).findOne());
    }

    /** The conversation, or a clear message that there is none with this number. */
    public Conversation get(long id) {
        return find(id).orElseThrow(() -> new UserException("error.chat.unknown", id));
    }

    /** The most recently used conversation, if any. */
    public Optional<Conversation> latest() {
        return list().stream().findFirst();
    }

    public Conversation create(String title) {
        LocalDateTime now = LocalDateTime.now(clock);
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO chat_conversation (user_name, title, created_at, updated_at) "
                        + "VALUES (:u, :t, :now, :now)")
                .bind("u", ProfileService.DEFAULT_USER).bind("t", title(title)).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return get(id);
    }

    public Conversation rename(long id, String title) {
        get(id);
        String t = title(title);
        if (t.isEmpty()) throw new UserException("error.chat.title.empty");
        jdbi.useHandle(h -> h.createUpdate("UPDATE chat_conversation SET title = :t WHERE id = :id").bind("t", t).bind("id", id).execute());
        return get(id);
    }

    /** Deletes the conversation and its messages. */
    public Conversation delete(long id) {
        Conversation c = get(id);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM chat_message WHERE conversation_id = :id").bind("id", id).execute();
            h.createUpdate("DELETE FROM chat_conversation WHERE id = :id").bind("id", id).execute();
        });
        return c;
    }

    /** Every message in order. */
    public List<Message> messages(long conversationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM chat_message WHERE conversation_id = :c ORDER BY id")
                .bind("c", conversationId)
                .map((rs, ctx) -> new Message(rs.getLong("id"), rs.getLong("conversation_id"), Message.Role.of(rs.getString("role")),
                        rs.getString("content"), rs.getLong("tokens_in"), rs.getLong("tokens_out"),
                        rs.getTimestamp("at").toLocalDateTime(), (Long) rs.getObject("summary_of", Long.class)))
                .list());
    }

    /** Adds a message and marks the conversation as used now. */
    public Message add(long conversationId, Message.Role role, String content, long tokensIn, long tokensOut, Long summaryOf) {
        return insert(conversationId, role, content, tokensIn, tokensOut, summaryOf, null, null);
    }

    /**
     * Adds an answer. {@code cacheKey}: the answer is the model's to the question that opened the
     * conversation, and {@link ChatAnswerCache} may serve it again for this key; {@code cachedFrom}:
     * the answer was served from the cache and repeats that message (it is never served itself).
     */
    public Message addAnswer(long conversationId, String content, long tokensIn, long tokensOut, ChatAnswerCache.Key cacheKey,
                             Long cachedFrom) {
        return insert(conversationId, Message.Role.ASSISTANT, content, tokensIn, tokensOut, null, cacheKey, cachedFrom);
    }

    private Message insert(long conversationId, Message.Role role, String content, long tokensIn, long tokensOut, Long summaryOf,
                           ChatAnswerCache.Key cacheKey, Long cachedFrom) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO chat_message (conversation_id, role, content, tokens_in, tokens_out, summary_of, at, "
                            + "context_sha256, language, cached_from) VALUES (:c, :r, :t, :in, :out, :s, :at, :h, :l, :from)")
                    .bind("c", conversationId).bind("r", role.key()).bind("t", content).bind("in", tokensIn).bind("out", tokensOut)
                    .bind("s", summaryOf).bind("at", now).bind("h", cacheKey == null ? null : cacheKey.contextSha256())
                    .bind("l", cacheKey == null ? null : cacheKey.language()).bind("from", cachedFrom)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            touch(h, conversationId, now);
            return new Message(id, conversationId, role, content, tokensIn, tokensOut, now, summaryOf);
        });
    }

    private static void touch(Handle h, long id, LocalDateTime now) {
        h.createUpdate("UPDATE chat_conversation SET updated_at = :now WHERE id = :id").bind("now", now).bind("id", id).execute();
    }

    /** One line, no unsafe characters, at most {@link #MAX_TITLE} characters (cut at a word, with "…"). */
    public static String title(String text) {
        String t = text == null ? "" : SafeText.fromModel(SafeText.clean(text)).replaceAll("\\s+", " ").strip();
        if (t.length() <= MAX_TITLE) return t;
        int cut = t.lastIndexOf(' ', MAX_TITLE - 1);
        return t.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1).strip() + "…";
    }

    private static final String SELECT = "SELECT c.id, c.title, c.created_at, c.updated_at, "
            + "(SELECT COUNT(*) FROM chat_message m WHERE m.conversation_id = c.id AND m.role <> 'summary') AS messages, "
            + "(SELECT MAX(m.id) FROM chat_message m WHERE m.conversation_id = c.id) AS last_message "
            + "FROM chat_conversation c";

    private static final org.jdbi.v3.core.mapper.RowMapper<Conversation> CONVERSATION = (rs, ctx) -> new Conversation(rs.getLong("id"),
            rs.getString("title"), rs.getTimestamp("created_at").toLocalDateTime(), rs.getTimestamp("updated_at").toLocalDateTime(),
            rs.getInt("messages"));
}
