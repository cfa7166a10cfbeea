package dev.fridgechef.server.profile;

import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.Profile;

import java.time.ZoneId;

/**
 * A user's profile as kept: core's profile, the household size their plans cook for, their health
 * record, their time zone (their "today"), and its version (0: never saved).
 */
public record StoredProfile(Profile profile, int people, HealthRecord health, ZoneId timeZone, long version) {
    /** The time zone of a profile that names none. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    public static final StoredProfile NONE = new StoredProfile(Profile.EMPTY, 1, HealthRecord.EMPTY, DEFAULT_ZONE, 0);
}
