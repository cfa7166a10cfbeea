package dev.fridgechef.profile;

import dev.fridgechef.text.Sha256;
import dev.fridgechef.text.TextNormalizer;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * SHA-256 of a profile's canonical form: every field in a fixed order, sets and dislikes sorted
 * and normalized, so that the same person is the same hash in every run.
 */
public final class ProfileHash {
    private ProfileHash() {
    }

    public static String of(Profile p) {
        String canonical = String.join("|", "v1", String.valueOf(p.sex()), String.valueOf(p.birthYear()), String.valueOf(p.heightCm()),
                String.valueOf(p.weightKg()), String.valueOf(p.activity()), String.valueOf(p.goal()), String.valueOf(p.goalRateKgPerWeek()),
                String.valueOf(p.diet()), sorted(p.flags()), sorted(p.allergies()),
                p.dislikes().stream().map(TextNormalizer::normalize).sorted().distinct().collect(Collectors.joining(",")));
        return Sha256.hex(canonical);
    }

    private static String sorted(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
