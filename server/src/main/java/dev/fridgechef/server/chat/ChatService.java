package dev.fridgechef.server.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.chat.ChatContext;
import dev.fridgechef.chat.ChatHistory;
import dev.fridgechef.chat.ConversationChat;
import dev.fridgechef.chat.Conversations;
import dev.fridgechef.chat.Message;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.server.ai.ServerAi;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.text.SafeText;
import dev.fridgechef.text.Sha256;
import dev.fridgechef.text.TextNormalizer;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A question in a conversation, answered by the server's model. Core's chat rules are reused: the
 * assistant's system prompt ({@link ConversationChat#system}), which earlier turns go with the question
 * within the token budget ({@link ChatHistory}: unanswered questions left out; older turns summarised by
 * the model with {@link ConversationChat#summaryRequest}, the summary stored and sent in their place),
 * the conversation title made from the first question ({@link Conversations#title}), and
 * sanitising the model's text ({@link SafeText#fromModel}). The question is stored before the call, so
 * a failed call loses only the answer. The person's data given to the model is what core's CLI chat
 * gives ({@link ChatContext#data}): today, their targets and hard rules, their household's stock with
 * expiry (what breaks their rules marked) and today's planned meals, read through {@link PersonData}.
 * <p>
 * An opening question asked again the same day in the same words (after normalisation) and language is
 * answered from the user's own earlier answer, with no model call and no tokens (a cache hit).
 */
public final class ChatService {
    public static final String FEATURE = "chat";

    private final ChatStore store;
    private final ServerAi ai;
    private final PersonData person;
    private final ObjectMapper json;

    public ChatService(ChatStore store, ServerAi ai, PersonData person, ObjectMapper json) {
        this.store = store;
        this.ai = ai;
        this.person = person;
        this.json = json;
    }

    /** A question and its answer; {@code balance}: the user's tokens left after it. */
    public record Exchange(Conversation conversation, StoredMessage question, StoredMessage answer, long balance) {
    }

    public Exchange ask(UUID userId, UUID conversationId, String text, boolean russian) {
        Conversation conversation = store.find(userId, conversationId).orElseThrow(() -> ApiException.notFound("Conversation"));
        String question = SafeText.printable(text).strip();
        if (question.isEmpty()) throw ApiException.invalidField("text", "must hold some visible text");
        List<StoredMessage> before = store.all(conversation.id());
        String data = data(userId);
        String cacheKey = before.isEmpty() ? Sha256.hex((russian ? "ru" : "en") + "\n" + data + "\n" + TextNormalizer.normalize(question)) : null;
        Optional<StoredMessage> cached = cacheKey == null ? Optional.empty() : store.cachedAnswer(userId, cacheKey);
        if (cached.isPresent()) return served(userId, conversation, question, cached.get());

        ServerAi.Call call = ai.call(userId, FEATURE); // refuses (503, 402) before anything is stored
        StoredMessage asked = store.add(conversation.id(), "user", question, 0, 0, null, null);
        store.titleIfEmpty(conversation.id(), Conversations.title(question));
        ChatHistory history = fit(call, conversation.id(), ChatHistory.of(before.stream().map(ChatService::core).toList()));
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(ConversationChat.system(russian, data, history)));
        for (Message m : history.turns()) {
            messages.add(m.role() == Message.Role.USER ? UserMessage.from(m.content()) : AiMessage.from(m.content()));
        }
        messages.add(UserMessage.from(question));
        LlmGateway.Answer answer = call.text(messages, ConversationChat.ANSWER_TOKENS);
        StoredMessage stored = store.add(conversation.id(), "assistant", SafeText.fromModel(answer.text()).strip(), answer.tokensIn(),
                answer.tokensOut(), cacheKey, null);
        return new Exchange(store.find(userId, conversation.id()).orElseThrow(), asked, stored, ai.balance(userId));
    }

    /**
     * The history within the budget: when the turns outgrow it, the older ones are summarised by one
     * more request of the same call (counted once under the per-minute limit, its tokens debited) and
     * the stored summary goes in their place from then on; if that request fails, the newest turns that
     * fit go instead.
     */
    private ChatHistory fit(ServerAi.Call call, UUID conversationId, ChatHistory history) {
        int budget = ConversationChat.HISTORY_BUDGET;
        if (history.tokens() <= budget || history.older().isEmpty()) return history.trimmedTo(budget);
        LlmGateway.Answer a;
        try {
            a = call.text(ConversationChat.summaryRequest(history), ConversationChat.SUMMARY_TOKENS);
        } catch (ApiException failed) {
            if (failed.status() < 500) throw failed;
            return history.trimmedTo(budget);
        }
        StoredMessage summary = store.addSummary(conversationId, SafeText.fromModel(a.text()).strip(), a.tokensIn(), a.tokensOut(),
                history.older().getLast().id());
        return history.summarisedBy(core(summary)).trimmedTo(budget);
    }

    private Exchange served(UUID userId, Conversation conversation, String question, StoredMessage earlier) {
        StoredMessage asked = store.add(conversation.id(), "user", question, 0, 0, null, null);
        store.titleIfEmpty(conversation.id(), Conversations.title(question));
        StoredMessage answer = store.add(conversation.id(), "assistant", earlier.text(), 0, 0, null, earlier.id());
        ai.recordCacheHit(userId, FEATURE);
        return new Exchange(store.find(userId, conversation.id()).orElseThrow(), asked, answer, ai.balance(userId));
    }

    /** What the model is told about the person, as core's chat tells it: {@code {"DATA": {"today": ..., "STOCK": [...], ...}}}. */
    private String data(UUID userId) {
        PersonData.Facts facts = person.of(userId);
        return ChatContext.data(json, facts.today(), facts.profile(), facts.targets().orElse(null),
                facts.stock(), facts.planToday().orElse(null));
    }

    private static Message core(StoredMessage m) {
        return new Message(m.seq(), 0, Message.Role.of(m.role()), m.text(), m.promptTokens(), m.completionTokens(),
                m.createdAt().atOffset(ZoneOffset.UTC).toLocalDateTime(), m.summaryOf());
    }
}
