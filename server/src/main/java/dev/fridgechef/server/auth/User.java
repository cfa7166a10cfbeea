package dev.fridgechef.server.auth;

import java.time.Instant;
import java.util.UUID;

/** An account, as the API shows it (never its password hash). */
public record User(UUID id, String username, String email, Role role, Instant createdAt) {
}
