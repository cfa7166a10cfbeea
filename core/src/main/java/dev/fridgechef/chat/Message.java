package dev.fridgechef.chat;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One message of a conversation. A {@link Role#SUMMARY} is the model's summary of the older turns,
 * sent in their place up to the message {@code summaryOf}; the tokens are those of the model call
 * that wrote it (0 for the person's questions).
 */
public record Message(long id, long conversationId, Role role, String content, long tokensIn, long tokensOut, LocalDateTime at,
                      Long summaryOf) {

    public enum Role {
        USER, ASSISTANT, SUMMARY;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }
}
