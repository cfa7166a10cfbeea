package dev.fridgechef.server.household;

import java.time.Instant;
import java.util.UUID;

/** An invitation into a household (its code is shown only when it is made). */
public record Invite(UUID id, UUID householdId, Instant createdAt, Instant expiresAt, int maxUses, int uses, boolean revoked) {
}
