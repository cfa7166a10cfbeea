package dev.fridgechef.chat;

import java.time.LocalDateTime;

/** A chat conversation: its number, title, when it started and was last used, and how many messages it holds. */
public record Conversation(long id, String title, LocalDateTime createdAt, LocalDateTime updatedAt, int messages) {
}
