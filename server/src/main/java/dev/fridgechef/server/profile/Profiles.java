package dev.fridgechef.server.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.Json;
import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.Replies;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/** Each user's own profile (never shared with the household), kept as core's records in JSONB. */
public final class Profiles {
    private static final ObjectMapper JSON = Json.mapper();

    private final Jdbi jdbi;
    private final Clock clock;

    public Profiles(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public int currentYear() {
        return Year.now(clock).getValue();
    }

    /** The user's profile; the empty one (version 0) before the first save. */
    /** The user's daily targets, from their own profile; empty while it lacks what targets need. */
    public java.util.Optional<dev.fridgechef.profile.Targets> targets(UUID userId) {
        return ProfileView.targetsOf(get(userId).profile(), currentYear());
    }

    /** The user's time zone (UTC until their profile names one). */
    public ZoneId timeZone(UUID userId) {
        return get(userId).timeZone();
    }

    /** Today's date where the user is. */
    public LocalDate today(UUID userId) {
        return today(get(userId));
    }

    /** Today's date where the owner of {@code profile} is. */
    public LocalDate today(StoredProfile profile) {
        return LocalDate.now(clock.withZone(profile.timeZone()));
    }

    public StoredProfile get(UUID userId) {
        return jdbi.withHandle(h -> find(h, userId, false)).orElse(StoredProfile.NONE);
    }

    /** The user's profile inside the caller's handle (planning reads it with the stock). */
    public StoredProfile get(Handle h, UUID userId) {
        return find(h, userId, false).orElse(StoredProfile.NONE);
    }

    /**
     * Replaces the profile when {@code ifMatch} (null: unconditional) names the current one's ETag.
     * The row is locked while checking; two first saves racing leave one winner and a 412.
     */
    public StoredProfile replace(UUID userId, Profile profile, int people, HealthRecord health, ZoneId timeZone, String ifMatch) {
        return jdbi.inTransaction(h -> {
            Optional<StoredProfile> current = find(h, userId, true);
            Replies.checkIfMatch(ifMatch, Replies.etag(ProfileView.of(current.orElse(StoredProfile.NONE), currentYear())));
            long version = current.map(StoredProfile::version).orElse(0L) + 1;
            int written = h.createUpdate(current.isPresent()
                            ? "UPDATE profiles SET document = CAST(:doc AS jsonb), people = :people, health = CAST(:health AS jsonb), "
                              + "time_zone = :zone, version = :version, updated_at = now() WHERE user_id = :user"
                            : "INSERT INTO profiles (user_id, document, people, health, time_zone, version) "
                              + "VALUES (:user, CAST(:doc AS jsonb), :people, CAST(:health AS jsonb), :zone, :version) ON CONFLICT (user_id) DO NOTHING")
                    .bind("user", userId).bind("doc", write(profile)).bind("people", people).bind("health", write(health))
                    .bind("zone", timeZone.getId()).bind("version", version).execute();
            if (written == 0) throw new ApiException(412, "precondition_failed", "The profile was saved at the same time elsewhere; read it again");
            return new StoredProfile(profile, people, health, timeZone, version);
        });
    }

    private static Optional<StoredProfile> find(Handle h, UUID userId, boolean lock) {
        return h.createQuery("SELECT document::text AS document, people, health::text AS health, time_zone, version FROM profiles WHERE user_id = :user"
                        + (lock ? " FOR UPDATE" : ""))
                .bind("user", userId)
                .map((rs, ctx) -> new StoredProfile(read(rs.getString("document"), Profile.class), rs.getInt("people"),
                        read(rs.getString("health"), HealthRecord.class), ZoneId.of(rs.getString("time_zone")), rs.getLong("version")))
                .findOne();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String document, Class<T> type) {
        try {
            return JSON.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
