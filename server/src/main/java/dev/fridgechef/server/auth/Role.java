package dev.fridgechef.server.auth;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What a user may do: every user uses their own household; an admin will also run the server. */
public enum Role {
    ADMIN, USER;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
