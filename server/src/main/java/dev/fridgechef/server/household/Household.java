package dev.fridgechef.server.household;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A household and its members, as its members see it. */
public record Household(UUID id, String name, Instant createdAt, List<Member> members) {
    public record Member(UUID userId, String username, Instant joinedAt) {
    }
}
