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
        return profile(false);
    }

    /** The sample profile; its dislike written in the reader's language. */
    public static ProfileUpdate profile(boolean russian) {
        return new ProfileUpdate(Sex.FEMALE, null, 34, 168.0, 64.0, ActivityLevel.MODERATE, Goal.LOSE, 0.4,
                Diet.OMNIVORE, Set.of(), Set.of(Allergen.PEANUTS), List.of(russian ? "оливки" : "olives"));
    }

    /** One item of the sample fridge: its name as typed in English (a few in Russian) and in Russian. */
    private record Sample(String nameEn, String nameRu, String quantity, String unit, String location, String expires) {
    }

    private static final List<Sample> FRIDGE = List.of(
            new Sample("chicken breast", "куриная грудка", "600", "g", "fridge", "+2d"),
            new Sample("eggs", "яйца", "10", "pcs", "fridge", "+12d"),
            new Sample("milk", "молоко", "1", "l", "fridge", "+4d"),
            new Sample("творог", "творог", "400", "g", "fridge", "+3d"),
            new Sample("сметана", "сметана", "200", "g", "fridge", "+6d"),
            new Sample("greek yogurt", "греческий йогурт", "500", "g", "fridge", "+8d"),
            new Sample("cheddar cheese", "сыр чеддер", "200", "g", "fridge", "+20d"),
            new Sample("butter", "сливочное масло", "180", "g", "fridge", "+30d"),
            new Sample("tomatoes", "помидоры", "4", "pcs", "fridge", "+3d"),
            new Sample("cucumbers", "огурцы", "3", "pcs", "fridge", "+5d"),
            new Sample("spinach", "шпинат", "150", "g", "fridge", "+1d"),
            new Sample("carrots", "морковь", "500", "g", "fridge", "+14d"),
            new Sample("apples", "яблоки", "4", "pcs", "fridge", "+18d"),
            new Sample("salmon", "лосось", "350", "g", "freezer", "+60d"),
            new Sample("frozen peas", "замороженный горошек", "400", "g", "freezer", "+120d"),
            new Sample("гречка", "гречка", "800", "g", "pantry", "+200d"),
            new Sample("rolled oats", "овсяные хлопья", "500", "g", "pantry", "+150d"),
            new Sample("rice", "рис", "1", "kg", "pantry", "+300d"),
            new Sample("spaghetti", "спагетти", "500", "g", "pantry", "+300d"),
            new Sample("onions", "лук", "5", "pcs", "pantry", "+30d"),
            new Sample("potatoes", "картофель", "1.5", "kg", "pantry", "+25d"),
            new Sample("olive oil", "оливковое масло", "250", "ml", "pantry", "+200d"),
            new Sample("canned chickpeas", "консервированный нут", "400", "g", "pantry", "+400d"),
            new Sample("bananas", "бананы", "3", "pcs", "pantry", "+4d"));

    /** The sample fridge with names as an English-speaking person types them (a few in Russian). */
    public static List<ItemDraft> fridge() {
        return fridge(false);
    }

    /** The sample fridge; in Russian every item is named in Russian (the same foods, amounts and dates). */
    public static List<ItemDraft> fridge(boolean russian) {
        return FRIDGE.stream().map(s -> item(russian ? s.nameRu() : s.nameEn(), s.quantity(), s.unit(), s.location(), s.expires())).toList();
    }

    private static ItemDraft item(String name, String quantity, String unit, String location, String expires) {
        return ItemDraft.of(name, quantity, unit).withLocation(location).withExpires(expires);
    }
}
