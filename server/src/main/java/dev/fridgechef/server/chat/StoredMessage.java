package dev.fridgechef.server.chat;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.UUID;

/**
 * A message of a conversation as the API shows it: "user" (a question) or "assistant" (an answer,
 * with the tokens its call used; {@code cached}: served again from an earlier identical question, no
 * call). {@code seq} orders the messages and stays inside the server; a "summary" (never listed) stands for the
 * messages up to {@code summaryOf} when the model is asked.
 */
public record StoredMessage(UUID id, @JsonIgnore long seq, String role, String text, long promptTokens, long completionTokens,
                            boolean cached, Instant createdAt, @JsonIgnore Long summaryOf) {
}
