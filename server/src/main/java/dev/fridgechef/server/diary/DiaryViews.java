package dev.fridgechef.server.diary;

import dev.fridgechef.diary.FoodPortion;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.MealType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The diary as the API answers it; nutrients are by key (energy in kcal, the rest in g or mg), measured ones only. */
public final class DiaryViews {
    private DiaryViews() {
    }

    public record EntryView(UUID id, UUID eatenBy, String kind, String recipeId, String foodId, String label, String labelRu, Double servings,
                            String amount, double eatenPercent, List<FoodPortion> portions, boolean unweighed, Instant loggedAt,
                            Map<String, Double> nutrients) {
        static EntryView of(Entry e, Nutrients n) {
            return new EntryView(e.id(), e.eatenBy(), e.kind().key(), e.recipeId(), e.foodId(), e.label(), e.labelRu(), e.servings(), e.amount(),
                    e.eatenPercent(), e.portions(), e.unweighed(), e.loggedAt(), n.asMap());
        }
    }

    /** One entry with its session (what adding, reading and editing an entry answer). */
    public record Logged(Session session, EntryView entry) {
    }

    public record SessionView(UUID id, LocalDate date, LocalTime time, MealType meal, List<EntryView> entries, Map<String, Double> total) {
    }

    /** A day: its sessions in time order, nutrition per entry, session and day; {@code targets} for one member, when known. */
    public record Day(LocalDate date, UUID member, List<SessionView> sessions, Map<String, Double> total, Targets targets) {
    }

    public record DayTotal(LocalDate date, int entries, Map<String, Double> total) {
    }

    public record Range(LocalDate from, LocalDate to, UUID member, List<DayTotal> days) {
    }

    /** What an undo reverted, and the entry as it is now (null when the undo removed it). */
    public record Undone(String action, UUID entryId, Instant changedAt, Logged entry) {
    }
}
