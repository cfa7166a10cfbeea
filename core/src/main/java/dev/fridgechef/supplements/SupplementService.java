package dev.fridgechef.supplements;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.profile.HealthService;
import dev.fridgechef.profile.LifeStage;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileService;

import java.util.Map;

/** Supplement advice for the stored profile and health record. */
public final class SupplementService {
    private final ProfileService profiles;
    private final HealthService health;
    private final SupplementAdvisor advisor;

    public SupplementService(ProfileService profiles, HealthService health, SupplementAdvisor advisor) {
        this.profiles = profiles;
        this.health = health;
        this.advisor = advisor;
    }

    /** Advice from the profile alone (no nutrient gaps known). */
    public Advice advise() {
        return advise(Map.of());
    }

    /** @param gaps missing daily amounts per nutrient, in the nutrient's unit (from the day analysis) */
    public Advice advise(Map<Nutrient, Double> gaps) {
        Profile p = profiles.get();
        var targets = p.missingForTargets().isEmpty() ? profiles.targets(p) : null;
        return advisor.advise(p, health.get(), targets, LifeStage.of(p.birthYear(), profiles.currentYear()), gaps);
    }
}
