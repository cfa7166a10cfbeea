package dev.fridgechef.chat;

import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.text.Sha256;
import dev.fridgechef.text.TextNormalizer;
import dev.fridgechef.text.TextSimilarity;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The answers a question that opens a conversation may be given without a model call: the model's
 * answer to an earlier conversation's opening question that asks the same thing ({@link
 * TextSimilarity#same}: equal after normalisation, or, with the optional embedding model installed,
 * a calibrated rewording that takes no opposite side), about exactly the same data (the SHA-256 of {@link ChatContext#data()}: targets, rules,
 * stock with expiry, today's plan and the date, so any change to them misses), in the same language,
 * given today. Today: the data names the day and its soon-expiring food, so an answer is about one
 * day; an answer in the same day's conversation list is also one the person can still see. A
 * {@link GeneralQuestion}'s answer was given from the targets and rules alone (no day, stock or plan
 * in its data), so it is served for {@value #GENERAL_DAYS} days while those stay the same.
 * <p>
 * Nothing else is kept: the cache is the conversations' own messages ({@link
 * Conversations#addAnswer}), so deleting a conversation removes its answer from the cache. A
 * question asked after earlier turns is never looked up here (its answer depends on them), and an
 * answer served from here is never served again itself (deleting the conversation it repeats ends it).
 */
public final class ChatAnswerCache {
    /** The most recent answers of the day compared with a question. */
    static final int CANDIDATES = 50;

    /** How long the answer to a {@link GeneralQuestion} may be served again: its data names no day, stock or plan. */
    static final int GENERAL_DAYS = 30;

    /**
     * What an answer was given for besides the question: the data's SHA-256 and the language ("en",
     * "ru"); {@code general}: the data was {@link ChatContext#generalData()} (served for {@value #GENERAL_DAYS}
     * days), else today's full data (served today only).
     */
    public record Key(String contextSha256, String language, boolean general) {
        public static Key of(String contextData, boolean russian) {
            return new Key(Sha256.hex(contextData), russian ? "ru" : "en", false);
        }

        public static Key general(String generalData, boolean russian) {
            return new Key(Sha256.hex(generalData), russian ? "ru" : "en", true);
        }
    }

    /** A stored answer to serve: the conversation it is in, its opening question, the answer message and text. */
    public record Hit(long conversationId, String question, long answerId, String answer) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Supplier<TextSimilarity> similarity;

    /** {@code similarity}: compares rewordings (loaded on the first comparison that needs a model); null: equal questions only. */
    public ChatAnswerCache(Jdbi jdbi, Clock clock, Supplier<TextSimilarity> similarity) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.similarity = similarity;
    }

    /** The stored answer to an opening question asking the same as {@code question} today with this key, the closest first. */
    public Optional<Hit> find(String question, Key key) {
        List<Hit> candidates = jdbi.withHandle(h -> h.createQuery("SELECT a.conversation_id, q.content AS question, a.id, a.content "
                        + "FROM chat_message a JOIN chat_conversation c ON c.id = a.conversation_id "
                        + "JOIN chat_message q ON q.conversation_id = a.conversation_id AND q.role = 'user' "
                        + "AND q.id = (SELECT MIN(m.id) FROM chat_message m WHERE m.conversation_id = a.conversation_id) "
                        + "WHERE c.user_name = :u AND a.role = 'assistant' AND a.cached_from IS NULL AND a.context_sha256 = :h "
                        + "AND a.language = :l AND a.at >= :from ORDER BY a.id DESC LIMIT " + CANDIDATES)
                .bind("u", ProfileService.DEFAULT_USER).bind("h", key.contextSha256()).bind("l", key.language())
                .bind("from", LocalDate.now(clock).minusDays(key.general() ? GENERAL_DAYS - 1 : 0).atStartOfDay())
                .map((rs, ctx) -> new Hit(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).list());
        if (candidates.isEmpty()) return Optional.empty();
        String asked = TextNormalizer.normalize(question);
        // the same words need no model
        for (Hit c : candidates) if (TextNormalizer.normalize(c.question()).equals(asked)) return Optional.of(c);
        if (similarity == null) return Optional.empty();
        return similarity.get().closest(question, candidates, Hit::question);
    }
}
