package dev.fridgechef.supplements;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.inventory.StockEntry;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Foods in stock of which one ordinary portion or less, and no more than is there, closes the gap. */
public final class StockFoodSources implements FoodSources {
    static final double MAX_PORTION_GRAMS = 300;
    static final int MAX_OFFERS = 3;

    private final InventoryService inventory;

    public StockFoodSources(InventoryService inventory) {
        this.inventory = inventory;
    }

    @Override
    public List<Offer> closing(Nutrient nutrient, double missing) {
        if (missing <= 0) return List.of();
        return inventory.list().stream()
                .map(entry -> offer(entry, nutrient, missing))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingDouble(Offer::grams))
                .collect(java.util.stream.Collectors.toMap(o -> o.food().id(), o -> o, (first, later) -> first, java.util.LinkedHashMap::new))
                .values().stream()
                .limit(MAX_OFFERS)
                .toList();
    }

    private static Offer offer(StockEntry e, Nutrient nutrient, double missing) {
        if (e.food() == null || e.grams() == null || e.nutrients() == null || !e.nutrients().isKnown(nutrient)) return null;
        double amount = e.nutrients().get(nutrient);
        if (amount <= 0 || e.grams() <= 0) return null;
        double grams = missing / (amount / e.grams());
        return grams <= Math.min(MAX_PORTION_GRAMS, e.grams()) ? new Offer(e.food(), grams) : null;
    }
}
