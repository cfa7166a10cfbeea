package dev.fridgechef.food;

import java.util.List;

/**
 * One SR21 food. {@code id} is the 5-digit NDB number; {@code names} are the curated display names
 * (empty when the food has no alias).
 */
public record Food(String id, FoodGroup group, String description, String commonName, boolean branded,
                   Nutrients per100g, List<HouseholdMeasure> measures, LocalizedNames names) {

    public Food {
        measures = List.copyOf(measures);
    }

    /** The short natural name in the language asked for, else SR21's description. */
    public String displayName(boolean russian) {
        String n = russian ? names.ru() : names.en();
        return n == null || n.isEmpty() ? description : n;
    }

    public Food withNames(LocalizedNames newNames) {
        return new Food(id, group, description, commonName, branded, per100g, measures, newNames);
    }
}
