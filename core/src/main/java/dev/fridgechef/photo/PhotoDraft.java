package dev.fridgechef.photo;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.UserException;

import java.util.ArrayList;
import java.util.List;

/**
 * What a photo shows, as a draft meal for the person to confirm or correct before anything is
 * recorded. {@code food} false: the photo does not look like food (no dishes). {@code source} is
 * "provider/model" of the answer; {@code cached}: it was read from the answer kept for this photo,
 * without a call. Items are numbered from 1 across the dishes, as {@link PhotoDraftText} shows them;
 * the corrections take those numbers. Energy is the food database's, never the model's.
 */
public record PhotoDraft(String sha256, String source, boolean cached, boolean food, List<Dish> dishes) {
    public PhotoDraft {
        dishes = List.copyOf(dishes);
    }

    public record Dish(String nameEn, String nameRu, List<Item> items) {
        public Dish {
            items = List.copyOf(items);
        }

        public String name(boolean russian) {
            return russian ? nameRu : nameEn;
        }
    }

    /**
     * One component: {@code seen} is the name the model gave; {@code foodId} the database food it maps
     * to (null: unmatched, so not counted and not recorded until replaced), with that food's names and
     * energy per 100 g.
     */
    public record Item(String seen, String foodId, String nameEn, String nameRu, double grams, double kcalPer100g) {
        static Item of(String seen, Food food, double grams) {
            return new Item(seen, food.id(), food.displayName(false), food.displayName(true), grams, food.per100g().getOrZero(Nutrient.ENERGY));
        }

        static Item unmatched(String seen, double grams) {
            return new Item(seen, null, seen, seen, grams, 0);
        }

        public boolean matched() {
            return foodId != null;
        }

        public String name(boolean russian) {
            return russian ? nameRu : nameEn;
        }

        /** Energy of this amount from the database; 0 for an unmatched item. */
        public double kcal() {
            return matched() ? grams * kcalPer100g / 100 : 0;
        }

        Item withGrams(double g) {
            return new Item(seen, foodId, nameEn, nameRu, g, kcalPer100g);
        }
    }

    static PhotoDraft notFood(String sha256, String source, boolean cached) {
        return new PhotoDraft(sha256, source, cached, false, List.of());
    }

    /** Every item, in the order numbered. */
    public List<Item> items() {
        return dishes.stream().flatMap(d -> d.items().stream()).toList();
    }

    /** The items mapped to database foods: what confirming the draft records. */
    public List<Item> matched() {
        return items().stream().filter(Item::matched).toList();
    }

    public List<Item> unmatched() {
        return items().stream().filter(i -> !i.matched()).toList();
    }

    /** Whether there is nothing to record: not food, or no item left. */
    public boolean empty() {
        return items().isEmpty();
    }

    /** The energy of the matched items, from the food database. */
    public double energyKcal() {
        return matched().stream().mapToDouble(Item::kcal).sum();
    }

    /** The draft with item {@code number} (from 1) weighing {@code grams} (1 to 2000). */
    public PhotoDraft withGrams(int number, double grams) {
        if (!(grams >= PhotoPrompt.MIN_GRAMS && grams <= PhotoPrompt.MAX_GRAMS)) {
            throw new UserException("error.photo.grams", PhotoPrompt.MIN_GRAMS, PhotoPrompt.MAX_GRAMS);
        }
        Item item = item(number);
        return replace(number, item.withGrams(grams));
    }

    /** The draft with item {@code number} (from 1) as {@code food}, at the same weight. */
    public PhotoDraft withFood(int number, Food food) {
        Item item = item(number);
        return replace(number, Item.of(item.seen(), food, item.grams()));
    }

    /** The draft without item {@code number} (from 1); a dish left with no item goes too. */
    public PhotoDraft without(int number) {
        item(number);
        return replace(number, null);
    }

    private Item item(int number) {
        List<Item> all = items();
        if (number < 1 || number > all.size()) throw new UserException("error.photo.item", number, all.size());
        return all.get(number - 1);
    }

    private PhotoDraft replace(int number, Item replacement) {
        List<Dish> out = new ArrayList<>();
        int n = 0;
        for (Dish d : dishes) {
            List<Item> items = new ArrayList<>();
            for (Item i : d.items()) {
                n++;
                if (n != number) items.add(i);
                else if (replacement != null) items.add(replacement);
            }
            if (!items.isEmpty()) out.add(new Dish(d.nameEn(), d.nameRu(), items));
        }
        return new PhotoDraft(sha256, source, cached, food, out);
    }
}
