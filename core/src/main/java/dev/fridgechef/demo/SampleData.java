package dev.fridgechef.demo;

import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;

import java.util.List;
import java.util.Set;

/** A believable fridge and profile for the demo and for trying the app out; clearly labelled as a sample. */
public final class SampleData {
    private SampleData() {
    }

    public static ProfileUpdate profile() {
        return new ProfileUpdate(Sex.FEMALE, null, 34, 168.0, 64.0, ActivityLevel.MODERATE, Goal.LOSE, 0.4,
                Diet.OMNIVORE, Set.of(), Set.of(Allergen.PEANUTS), List.of("olives"));
    }

    public static List<ItemDraft> fridge() {
        return List.of(
                item("chicken breast", "600", "g", "fridge", "+2d"),
                item("eggs", "10", "pcs", "fridge", "+12d"),
                item("milk", "1", "l", "fridge", "+4d"),
                item("творог", "400", "g", "fridge", "+3d"),
                item("сметана", "200", "g", "fridge", "+6d"),
                item("greek yogurt", "500", "g", "fridge", "+8d"),
                item("cheddar cheese", "200", "g", "fridge", "+20d"),
                item("butter", "180", "g", "fridge", "+30d"),
                item("tomatoes", "4", "pcs", "fridge", "+3d"),
                item("cucumbers", "3", "pcs", "fridge", "+5d"),
                item("spinach", "150", "g", "fridge", "+1d"),
                item("carrots", "500", "g", "fridge", "+14d"),
                item("apples", "4", "pcs", "fridge", "+18d"),
                item("salmon", "350", "g", "freezer", "+60d"),
                item("frozen peas", "400", "g", "freezer", "+120d"),
                item("гречка", "800", "g", "pantry", "+200d"),
                item("rolled oats", "500", "g", "pantry", "+150d"),
                item("rice", "1", "kg", "pantry", "+300d"),
                item("spaghetti", "500", "g", "pantry", "+300d"),
                item("onions", "5", "pcs", "pantry", "+30d"),
                item("potatoes", "1.5", "kg", "pantry", "+25d"),
                item("olive oil", "250", "ml", "pantry", "+200d"),
                item("canned chickpeas", "400", "g", "pantry", "+400d"),
                item("bananas", "3", "pcs", "pantry", "+4d"));
    }

    private static ItemDraft item(String name, String quantity, String unit, String location, String expires) {
        return ItemDraft.of(name, quantity, unit).withLocation(location).withExpires(expires);
    }
}
