package dev.fridgechef.cli.diary;

import dev.fridgechef.i18n.Quantities;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.diary.DiaryEntry;
import dev.fridgechef.diary.EatingSession;
import dev.fridgechef.diary.EntryKind;
import dev.fridgechef.diary.FoodPortion;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.profile.Targets;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the diary's entries, sessions and totals are written, as text and as JSON. */
final class DiaryText {
    /** The nutrients shown in tables, with their targets. */
    static final List<Nutrient> MAIN = List.of(Nutrient.ENERGY, Nutrient.PROTEIN, Nutrient.FAT, Nutrient.CARBOHYDRATE, Nutrient.FIBER);

    static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CliContext context;

    DiaryText(CliContext context) {
        this.context = context;
    }

    String name(DiaryEntry e) {
        if (e.kind() == EntryKind.FOOD) return context.foods().byId(e.foodId()).map(f -> f.displayName(context.russian())).orElse(e.label());
        return e.label(context.russian());
    }

    /** "150 g", "1.5 servings", "3 foods, 280 g"; with the share eaten when it is not all. */
    String amount(DiaryEntry e) {
        String served = switch (e.kind()) {
            case RECIPE -> context.text("cli.diary.servings", Quantities.amount(e.servings(), context.russian()), context.num(e.servedGrams(), 0));
            case FOOD -> e.amount() != null && !e.amount().endsWith(" g") && e.unweighed().isEmpty()
                    ? context.text("cli.diary.amount.weighed", Quantities.storedAmount(e.amount(), context.russian()), context.num(e.servedGrams(), 0))
                    : e.amount() != null ? Quantities.storedAmount(e.amount(), context.russian()) : context.grams(e.servedGrams());
            case DISH -> context.text("cli.diary.dish", e.portions().size(), context.num(e.servedGrams(), 0));
        };
        return e.eatenPercent() < 100 ? context.text("cli.diary.eaten", served, Quantities.amount(e.eatenPercent(), context.russian())) : served;
    }

    String nutrientLine(Nutrients n) {
        return context.text("cli.diary.nutrients", num(n, Nutrient.ENERGY, 0), num(n, Nutrient.PROTEIN, 1), num(n, Nutrient.FAT, 1),
                num(n, Nutrient.CARBOHYDRATE, 1), num(n, Nutrient.FIBER, 1));
    }

    String num(Nutrients n, Nutrient nutrient, int decimals) {
        return context.num(n.isKnown(nutrient) ? n.get(nutrient) : 0, decimals);
    }

    void printUnweighed(DiaryEntry e) {
        for (FoodPortion p : e.unweighed()) {
            context.out().println("  " + context.text("cli.diary.unweighed", foodName(p.foodId()), Quantities.storedAmount(p.amount(), context.russian()), e.id()));
        }
    }

    String foodName(String foodId) {
        return context.foods().byId(foodId).map(f -> f.displayName(context.russian())).orElse(foodId);
    }


    static Map<String, Double> targetsJson(Targets t) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Nutrient n : MAIN) m.put(n.key(), Fmt.round(t.of(n), 1));
        return m;
    }

    /** Per main nutrient: the share of the target reached, in percent. */
    static Map<String, Double> percentOfTargets(Nutrients n, Targets t) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Nutrient nutrient : MAIN) m.put(nutrient.key(), Fmt.round(100 * n.getOrZero(nutrient) / t.of(nutrient), 0));
        return m;
    }

    record FoodJson(String foodId, String name, Double gramsServed, Double gramsEaten, String amount) {
    }

    record EntryJson(long id, long sessionId, LocalDate date, LocalTime time, String meal, String kind, String name, String recipeId,
                     String foodId, Double servings, String amount, double gramsServed, double eatenPercent, double gramsEaten,
                     boolean weightUnknown, List<FoodJson> foods, Map<String, Double> nutrients) {
    }

    EntryJson entryJson(EatingSession s, DiaryEntry e, Nutrients n) {
        List<FoodJson> foods = e.portions().stream().map(p -> new FoodJson(p.foodId(), foodName(p.foodId()), p.grams(),
                p.weighed() ? Fmt.round(p.grams() * e.eatenShare(), 1) : null, p.amount())).toList();
        return new EntryJson(e.id(), s.id(), s.date(), s.time(), s.meal().key(), e.kind().key(), name(e), e.recipeId(), e.foodId(), e.servings(),
                e.amount(), Fmt.round(e.servedGrams(), 1), e.eatenPercent(), Fmt.round(e.servedGrams() * e.eatenShare(), 1),
                !e.unweighed().isEmpty(), foods, n.asMap());
    }
}
