package dev.fridgechef.unit;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.HouseholdMeasure;
import dev.fridgechef.text.TextNormalizer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Turns a quantity of a food into grams using SR21: mass units directly, volumes through the
 * food's cup/spoon measures (its density), pieces and named measures ("large", "slice") through its
 * household weights, and where SR21 lacks a piece, head, bunch, can or pack weight, the authored
 * weights loaded with the food (piece-weights.tsv). Where neither has anything to go on the answer
 * is empty, never a guess.
 */
public final class GramConversion {
    private static final List<Unit> DENSITY_MEASURES = List.of(Unit.CUP, Unit.TABLESPOON, Unit.TEASPOON, Unit.FLUID_OUNCE);
    /** First words of measures that are not "one piece of the food". */
    private static final Set<String> NOT_A_PIECE = Set.of("cup", "cups", "tbsp", "tsp", "oz", "fl", "lb", "g", "ml", "pint",
            "quart", "gallon", "liter", "serving", "servings", "package", "pkg", "container", "can", "bottle", "jar", "pat",
            "dash", "pinch", "portion", "pouch", "packet", "box", "bag", "recipe", "yield", "nlea", "tablespoon", "teaspoon",
            "stick", "cubic", "crust", "grams", "gram");
    /** SR21 names for the canonical household units of {@link Units}: "pack" is SR21's "package" or "packet". */
    private static final java.util.Map<String, List<String>> SR21_NAMES = java.util.Map.of(
            "pack", List.of("pack", "package", "packet", "pkg"),
            "clove", List.of("clove", "cloves"),
            "slice", List.of("slice", "slices"),
            "can", List.of("can"));
    private static final List<String> PREFERRED_PIECES = List.of("medium", "whole", "large", "fruit", "item", "egg", "small");
    private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^)]*\\)");
    /** By description: the planner and the recipe library ask for the same few thousand measures again and again. */
    private static final java.util.Map<String, String> MEASURE_TEXTS = new java.util.concurrent.ConcurrentHashMap<>();

    private GramConversion() {
    }

    public static OptionalDouble toGrams(Food food, double quantity, Unit unit) {
        return switch (unit.kind()) {
            case MASS -> OptionalDouble.of(quantity * unit.factor());
            case VOLUME -> food == null ? OptionalDouble.empty() : scale(gramsPerMl(food), quantity * unit.factor());
            case COUNT -> food == null ? OptionalDouble.empty()
                    : pieceMeasure(food).map(m -> OptionalDouble.of(quantity * m.gramsPerUnit())).orElse(OptionalDouble.empty());
            case HOUSEHOLD -> food == null ? OptionalDouble.empty()
                    : measureNamed(food, unit.code()).map(m -> OptionalDouble.of(quantity * m.gramsPerUnit())).orElse(OptionalDouble.empty());
        };
    }

    /** Whether a quantity in this unit can be weighed for this food. */
    public static boolean canWeigh(Food food, Unit unit) {
        return toGrams(food, 1, unit).isPresent();
    }

    private static OptionalDouble scale(OptionalDouble perMl, double ml) {
        return perMl.isPresent() ? OptionalDouble.of(perMl.getAsDouble() * ml) : OptionalDouble.empty();
    }

    /** Grams per millilitre from the first cup, tablespoon, teaspoon or fluid-ounce measure. */
    public static OptionalDouble gramsPerMl(Food food) {
        for (Unit volume : DENSITY_MEASURES) {
            for (HouseholdMeasure m : food.measures()) {
                String d = measureText(m);
                if (d.equals(volume.code()) || d.startsWith(volume.code() + " ")) {
                    return OptionalDouble.of(m.gramsPerUnit() / volume.factor());
                }
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * The measure that stands for one piece: SR21's "medium" before "whole", "large", ...; only where
     * SR21 has no piece at all, the authored "piece" weight (piece-weights.tsv). Authored heads,
     * bunches, packs and so on are never a piece.
     */
    public static Optional<HouseholdMeasure> pieceMeasure(Food food) {
        Optional<HouseholdMeasure> sr21 = food.measures().stream()
                .filter(m -> !m.authored() && !measureText(m).isEmpty() && !NOT_A_PIECE.contains(measureText(m).split(" ")[0]))
                .min(Comparator.comparingInt(GramConversion::piecePreference));
        if (sr21.isPresent()) return sr21;
        return food.measures().stream().filter(m -> m.authored() && measureText(m).equals("piece")).findFirst();
    }

    private static int piecePreference(HouseholdMeasure m) {
        List<String> words = List.of(measureText(m).split(" "));
        for (int i = 0; i < PREFERRED_PIECES.size(); i++) {
            if (words.contains(PREFERRED_PIECES.get(i))) return i;
        }
        return PREFERRED_PIECES.size();
    }

    /**
     * The SR21 measure a household unit names: the same words ("large"), the unit's words starting
     * with the measure ("large egg" → "large"), or the measure starting with the unit ("slice" →
     * "slice, large").
     */
    public static Optional<HouseholdMeasure> measureNamed(Food food, String unit) {
        String u = Units.householdCode(unit);
        if (u.isEmpty()) return Optional.empty();
        for (String name : SR21_NAMES.getOrDefault(u, List.of(u))) {
            Optional<HouseholdMeasure> m = measureNamedExactly(food, name);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    private static Optional<HouseholdMeasure> measureNamedExactly(Food food, String u) {
        for (int pass = 0; pass < 3; pass++) {
            for (HouseholdMeasure m : food.measures()) {
                String d = measureText(m);
                if (d.isEmpty()) continue;
                boolean hit = switch (pass) {
                    case 0 -> d.equals(u);
                    case 1 -> u.startsWith(d + " ");
                    default -> d.startsWith(u + " ");
                };
                if (hit) return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The measure's words without parenthetical notes: "cup (4.86 large eggs)" → "cup". */
    public static String measureText(HouseholdMeasure m) {
        return MEASURE_TEXTS.computeIfAbsent(m.description(), d -> TextNormalizer.normalize(PARENTHESES.matcher(d).replaceAll(" ")));
    }

    /** Names of the food's measures for "did you mean" messages. */
    public static List<String> measureNames(Food food) {
        return food.measures().stream().map(GramConversion::measureText).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
