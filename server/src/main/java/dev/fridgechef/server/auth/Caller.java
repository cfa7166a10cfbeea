package dev.fridgechef.server.auth;

import java.util.UUID;

/** The authenticated user of a request, on the device session its access token belongs to. */
public record Caller(UUID userId, UUID sessionId, Role role) {
}
