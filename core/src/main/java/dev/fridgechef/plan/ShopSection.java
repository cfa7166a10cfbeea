package dev.fridgechef.plan;

import dev.fridgechef.food.Food;
import dev.fridgechef.i18n.Messages;

import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where in a shop a food is found, in the order a walk through a shop meets them; derived from the
 * food's SR21 group (and "frozen" in its description). Shopping lists are grouped by it and sorted
 * within a section by the shown language's collation.
 */
public enum ShopSection {
    PRODUCE(Set.of("0900", "1100")),
    BAKERY(Set.of("1800")),
    MEAT(Set.of("0500", "0700", "1000", "1300", "1700")),
    FISH(Set.of("1500")),
    DAIRY_EGGS(Set.of("0100")),
    FROZEN(Set.of()),
    GRAINS_PASTA_LEGUMES(Set.of("0800", "2000", "1600")),
    SPICES_OILS_SAUCES(Set.of("0200", "0400", "0600")),
    NUTS_SWEETS_SNACKS(Set.of("1200", "1900", "2500")),
    DRINKS(Set.of("1400")),
    OTHER(Set.of());

    private final Set<String> groups;

    ShopSection(Set<String> groups) {
        this.groups = groups;
    }

    public static ShopSection of(Food food) {
        if (food == null) return OTHER;
        if (food.description().toLowerCase(Locale.ROOT).contains("frozen")) return FROZEN;
        for (ShopSection s : values()) if (s.groups.contains(food.group().code())) return s;
        return OTHER;
    }

    /** The section's name in the language of {@code messages} (keys {@code shop.section.*} in the core texts). */
    public String label(Messages messages) {
        return messages.get("shop.section." + name().toLowerCase(Locale.ROOT));
    }

    /**
     * {@code items} grouped by section (in shop order) and sorted by {@code name} in each section
     * with the collation of {@code locale} ("ё" next to "е", case ignored).
     */
    public static <T> Map<ShopSection, List<T>> group(List<T> items, Function<T, Food> food, Function<T, String> name, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        Map<ShopSection, List<T>> out = new EnumMap<>(ShopSection.class);
        Map<ShopSection, List<T>> unsorted = new TreeMap<>();
        for (T item : items) unsorted.computeIfAbsent(of(food.apply(item)), s -> new java.util.ArrayList<>()).add(item);
        unsorted.forEach((section, list) -> out.put(section, list.stream().sorted(Comparator.comparing(name, collator)).toList()));
        return out;
    }
}
