package dev.fridgechef.server.chat;

import java.time.Instant;
import java.util.UUID;

/** A chat conversation of one user: its title, when it started and was last used, and how many messages it holds. */
public record Conversation(UUID id, String title, Instant createdAt, Instant updatedAt, int messages) {
}
