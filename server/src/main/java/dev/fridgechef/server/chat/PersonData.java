package dev.fridgechef.server.chat;

import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Targets;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the chat may tell the model about the person asking, read from other features (the profile,
 * the household's stock, its plans) that the composition root wires in, so the chat knows none of them.
 */
public interface PersonData {
    /**
     * The person's profile and targets (empty while the profile lacks what they need), their
     * household's stock and plan covering today, and today's date where they are.
     */
    record Facts(Profile profile, Optional<Targets> targets, List<StockEntry> stock, Optional<MealPlan> planToday, LocalDate today) {
    }

    Facts of(UUID userId);
}
