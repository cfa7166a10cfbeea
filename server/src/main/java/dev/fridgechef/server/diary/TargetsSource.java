package dev.fridgechef.server.diary;

import dev.fridgechef.profile.Targets;

import java.util.Optional;
import java.util.UUID;

/**
 * A member's daily targets, from their personal profile (kept by the profile feature, not the diary).
 * The day view shows them next to the member's totals when there are some.
 */
public interface TargetsSource {
    /** No profiles wired: days show their totals only. */
    TargetsSource NONE = userId -> Optional.empty();

    Optional<Targets> targets(UUID userId);
}
