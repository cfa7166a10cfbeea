package dev.fridgechef.server.admin;

import java.time.Instant;
import java.util.UUID;

/** A user as the admin sees them: account, token balance, when they were last active (session use or AI call), and their AI use. */
public record UserSummary(UUID id, String username, String email, String role, Instant createdAt, long balance, Instant lastActiveAt,
                          long generations, long tokensUsed, double costUsd) {
}
