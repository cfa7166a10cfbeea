package dev.fridgechef.server.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Realistic things to put in the requests: fridges, profiles, shopping and what people log in the diary. */
final class Kitchen {
    /** A stock item: name, amount, unit, where it is kept and in how many days it expires (0: keeps). */
    record Item(String name, double quantity, String unit, String location, int expiresInDays) {
        Map<String, Object> body() {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("name", name);
            b.put("quantity", quantity);
            b.put("unit", unit);
            b.put("location", location);
            if (expiresInDays > 0) b.put("expires", "+" + expiresInDays + "d");
            return b;
        }
    }

    static final List<Item> PANTRY = List.of(
            new Item("chicken breast", 600, "g", "fridge", 3), new Item("white rice", 1, "kg", "pantry", 0),
            new Item("eggs", 10, "pcs", "fridge", 12), new Item("milk", 1, "l", "fridge", 4),
            new Item("carrots", 500, "g", "fridge", 10), new Item("potatoes", 2, "kg", "pantry", 30),
            new Item("onions", 1, "kg", "pantry", 30), new Item("tomatoes", 500, "g", "fridge", 5),
            new Item("cucumbers", 400, "g", "fridge", 6), new Item("cheddar cheese", 200, "g", "fridge", 20),
            new Item("butter", 250, "g", "fridge", 30), new Item("plain yogurt", 500, "g", "fridge", 7),
            new Item("apples", 1, "kg", "fridge", 20), new Item("bananas", 6, "pcs", "pantry", 5),
            new Item("spaghetti", 500, "g", "pantry", 0), new Item("rolled oats", 500, "g", "pantry", 0),
            new Item("ground beef", 500, "g", "fridge", 2), new Item("salmon fillet", 400, "g", "freezer", 60),
            new Item("spinach", 200, "g", "fridge", 4), new Item("lentils", 500, "g", "pantry", 0),
            new Item("broccoli", 400, "g", "fridge", 5), new Item("frozen peas", 400, "g", "freezer", 90),
            new Item("sour cream", 300, "g", "fridge", 8), new Item("garlic", 100, "g", "pantry", 30),
            new Item("lemons", 3, "pcs", "fridge", 14), new Item("buckwheat", 800, "g", "pantry", 0),
            new Item("cabbage", 1, "kg", "fridge", 14), new Item("beets", 600, "g", "fridge", 20),
            new Item("pork loin", 700, "g", "freezer", 60), new Item("canned tuna", 2, "cans", "pantry", 0));

    /** What a household brings home between plans (added, and used up again a little later). */
    static final List<Item> SHOPPING = List.of(
            new Item("bananas", 5, "pcs", "pantry", 5), new Item("milk", 1, "l", "fridge", 5),
            new Item("bread", 500, "g", "pantry", 4), new Item("strawberries", 250, "g", "fridge", 3),
            new Item("kefir", 1, "l", "fridge", 6), new Item("mushrooms", 300, "g", "fridge", 4),
            new Item("oranges", 1, "kg", "fridge", 14), new Item("cottage cheese", 300, "g", "fridge", 5));

    /** Diary entries: a food by id and weight, a recipe, or free text as typed in the app. */
    static final List<Map<String, Object>> MEALS = List.of(
            Map.of("foodId", "09003", "grams", 150), Map.of("foodId", "09003", "grams", 180, "meal", "snack"),
            Map.of("text", "apple 150 g"), Map.of("text", "tomato 150 g, cucumber 100 g", "dishName", "Salad", "meal", "dinner"),
            Map.of("recipeId", "borscht-with-beef", "servings", 1.5, "eaten", 80, "meal", "lunch"),
            Map.of("recipeId", "borscht-with-beef", "servings", 1, "meal", "dinner"));

    /** The plan request each member makes, at seeding and again (a cache hit) under load. */
    static final Map<String, Object> PLAN_REQUEST = Map.of("days", 3, "meals", List.of("breakfast", "lunch", "dinner"));

    /** Wishes for AI plans, as people type them. */
    static final List<String> WISHES = List.of("something quick", "comfort food", "light and fresh", "high protein",
            "something Georgian", "use up the vegetables", "kid-friendly", "что-нибудь на скорую руку");

    /** Chat questions, as people ask them. */
    static final List<String> QUESTIONS = List.of("How much protein do I still need today?", "Is my dinner too heavy?",
            "What could I snack on from my fridge?", "Сколько клетчатки мне нужно в день?", "Is oatmeal a good breakfast for me?");

    private Kitchen() {
    }

    /** 10 to 25 different items of {@link #PANTRY}. */
    static List<Item> fridge(Random random) {
        List<Item> items = new ArrayList<>(PANTRY);
        Collections.shuffle(items, random);
        return items.subList(0, 10 + random.nextInt(16));
    }

    /** A complete profile (every field the targets need), varied. */
    static Map<String, Object> profile(Random random, int householdSize) {
        boolean female = random.nextBoolean();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sex", female ? "female" : "male");
        p.put("age", 18 + random.nextInt(60));
        p.put("heightCm", female ? 155 + random.nextInt(25) : 165 + random.nextInt(30));
        p.put("weightKg", female ? 50 + random.nextInt(40) : 60 + random.nextInt(50));
        p.put("activity", pick(random, List.of("sedentary", "light", "moderate", "active")));
        p.put("goal", pick(random, List.of("lose", "maintain", "maintain", "gain")));
        p.put("diet", pick(random, List.of("omnivore", "omnivore", "omnivore", "pescatarian", "vegetarian")));
        p.put("allergies", random.nextInt(5) == 0 ? List.of(pick(random, List.of("peanuts", "sesame", "tree-nuts"))) : List.of());
        p.put("dislikes", random.nextInt(3) == 0 ? List.of(pick(random, List.of("olives", "mushrooms", "celery"))) : List.of());
        p.put("householdSize", householdSize);
        return p;
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
