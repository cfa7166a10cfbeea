package dev.fridgechef.server.profile;

import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.Profile;

/** A user's profile as kept: core's profile, the household size their plans cook for, their health record, and its version (0: never saved). */
public record StoredProfile(Profile profile, int people, HealthRecord health, long version) {
    public static final StoredProfile NONE = new StoredProfile(Profile.EMPTY, 1, HealthRecord.EMPTY, 0);
}
