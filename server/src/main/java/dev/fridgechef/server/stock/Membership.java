package dev.fridgechef.server.stock;

import dev.fridgechef.server.http.ApiException;
import org.jdbi.v3.core.Handle;

import java.util.UUID;

/** The caller's household, which every query of shared household data is scoped to. */
public final class Membership {
    private Membership() {
    }

    /** The household of {@code userId}; 409 when they are in none. */
    public static UUID household(Handle h, UUID userId) {
        return find(h, userId).orElseThrow(() -> ApiException.conflict("no_household",
                        "You are in no household: create one (POST /api/v1/households) or join one with an invite code first"));
    }

    /** The household of {@code userId}, if they are in one. */
    public static java.util.Optional<UUID> find(Handle h, UUID userId) {
        return h.createQuery("SELECT household_id FROM household_members WHERE user_id = :user")
                .bind("user", userId).mapTo(UUID.class).findOne();
    }
}
