package dev.fridgechef.server.diary;

import dev.fridgechef.diary.EntryEdit;
import dev.fridgechef.diary.EntryResolver;
import dev.fridgechef.diary.FoodPortion;
import dev.fridgechef.diary.NewEntry;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.JsonBody;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a request says was eaten, or what to change, and resolves it to foods and grams with
 * core's {@link EntryResolver}: a recipe by id with servings, a food by id or name with grams, or
 * free text ("apple 150 g", "borscht", "rice 150 g, chicken 120 g"). Every figure is checked here,
 * so a bad one is a 422 naming its field and nothing is written.
 */
public final class EntryInput {
    public static final double MAX_GRAMS = 5000;
    public static final double MAX_SERVINGS = 50;
    private static final List<String> WHAT = List.of("recipeId", "foodId", "food", "text");

    private final FoodDatabase foods;
    private final EntryResolver resolver;
    private final Clock clock;

    public EntryInput(FoodDatabase foods, EntryResolver resolver, Clock clock) {
        this.foods = foods;
        this.resolver = resolver;
        this.clock = clock;
    }

    /** A new entry: what, when ({@code at}: null for now), which meal (null: by the time), the share eaten. */
    public record Logging(NewEntry entry, LocalDateTime at, MealType meal, double eatenPercent) {
    }

    public Logging logging(JsonBody body) {
        List<String> given = WHAT.stream().filter(body::has).toList();
        if (given.size() != 1) {
            throw ApiException.invalidField("recipeId", "give exactly one of recipeId (with servings), foodId or food (with grams), or text; "
                    + (given.isEmpty() ? "none was given" : "got " + String.join(", ", given)));
        }
        NewEntry entry = switch (given.getFirst()) {
            case "recipeId" -> recipe(body);
            case "text" -> text(body);
            default -> food(body, given.getFirst());
        };
        double percent = body.optionalNumber("eaten", 0, false, 100).orElse(100.0);
        return new Logging(entry, at(body), meal(body), round(percent));
    }

    /** The changes of a PATCH; at least one. */
    public EntryEdit edit(JsonBody body) {
        EntryEdit edit = new EntryEdit(grams(body).orElse(null), servings(body).orElse(null),
                body.optionalNumber("eaten", 0, false, 100).map(EntryInput::round).orElse(null), at(body), meal(body));
        if (edit.isEmpty()) throw ApiException.invalidField("body", "nothing to change: give grams, servings, eaten, at or meal");
        return edit;
    }

    private NewEntry recipe(JsonBody body) {
        if (body.hasValue("grams")) throw ApiException.invalidField("grams", "a recipe is logged in servings, not grams");
        String id = body.string("recipeId", 1, 100);
        double servings = servings(body).orElse(1.0);
        try {
            return resolver.recipe(id, servings);
        } catch (UserException e) {
            throw ApiException.invalidField("recipeId", "no recipe has the id \"" + id + "\"");
        }
    }

    private NewEntry food(JsonBody body, String field) {
        if (body.hasValue("servings")) throw ApiException.invalidField("servings", "servings are for a recipe; give a food's grams");
        double grams = grams(body).orElseThrow(() -> ApiException.invalidField("grams", "is required with " + field));
        Food food;
        if (field.equals("foodId")) {
            String id = body.string("foodId", 1, 40);
            food = foods.byId(id).orElseThrow(() -> ApiException.invalidField("foodId", "no food has the id \"" + id + "\""));
        } else {
            String name = body.string("food", 1, 200);
            food = resolved("food", () -> resolver.food(name));
        }
        return EntryResolver.food(food, grams);
    }

    private NewEntry text(JsonBody body) {
        if (body.hasValue("grams")) throw ApiException.invalidField("grams", "with text, write the amount in it (\"apple 150 g\")");
        String text = body.string("text", 1, 500);
        Double servings = servings(body).orElse(null);
        String dishName = body.optionalString("dishName", 1, 200).orElse(null);
        NewEntry entry = resolved("text", () -> resolver.resolve(text, servings, dishName));
        for (FoodPortion p : entry.portions()) {
            if (p.weighed() && p.grams() > MAX_GRAMS) {
                throw ApiException.invalidField("text", "at most " + (int) MAX_GRAMS + " g of a food in one entry, not " + p.grams() + " g");
            }
        }
        if (entry.servings() != null && entry.servings() > MAX_SERVINGS) {
            throw ApiException.invalidField("text", "at most " + (int) MAX_SERVINGS + " servings in one entry");
        }
        return entry;
    }

    /** Core's resolution, its refusals said for the API: an unknown or ambiguous name is a 422 naming it. */
    private static <T> T resolved(String field, java.util.function.Supplier<T> resolve) {
        try {
            return resolve.get();
        } catch (UserException e) {
            Object[] args = e.args();
            String named = args.length > 0 ? String.valueOf(args[0]) : "";
            throw ApiException.invalidField(field, switch (e.key()) {
                case "error.diary.unknown" -> "no recipe or food is called \"" + named + "\"";
                case "error.diary.recipe.unknown" -> "no recipe is called \"" + named + "\" (servings are given only for a recipe)";
                case "error.diary.ambiguous" -> "\"" + named + "\" could be several things; give one of these names or ids: " + args[1];
                case "error.diary.amount" -> "how much " + named + "? It has no piece weight: give an amount (\"" + args[1] + " 200 g\")";
                default -> e.getMessage();
            });
        }
    }

    private static Optional<Double> grams(JsonBody body) {
        return body.optionalNumber("grams", 0, true, MAX_GRAMS);
    }

    private static Optional<Double> servings(JsonBody body) {
        return body.optionalNumber("servings", 0, true, MAX_SERVINGS);
    }

    private LocalDateTime at(JsonBody body) {
        Optional<String> text = body.optionalString("at", 1, 40);
        if (text.isEmpty()) return null;
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(text.get());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("at", "must be a local date and time such as 2026-11-30T08:30, not \"" + text.get() + "\"");
        }
        if (at.getYear() < 2000 || at.isAfter(LocalDateTime.now(clock).plusDays(2))) {
            throw ApiException.invalidField("at", "must be from the year 2000 up to now, not " + at);
        }
        return at;
    }

    private static MealType meal(JsonBody body) {
        Optional<String> text = body.optionalString("meal", 1, 20);
        if (text.isEmpty()) return null;
        try {
            return MealType.parse(text.get());
        } catch (UserException e) {
            throw ApiException.invalidField("meal", "must be breakfast, lunch, dinner or snack, not \"" + text.get() + "\"");
        }
    }

    private static double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }
}
