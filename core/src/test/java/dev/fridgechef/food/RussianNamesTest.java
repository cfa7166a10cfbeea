package dev.fridgechef.food;

import dev.fridgechef.demo.SampleData;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.plan.Pantry;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every food a Russian reader can meet in the sample data (a recipe of the library, a pantry staple)
 * has a Russian name in aliases.tsv, so no SR21 English description ("Soup, stock, chicken,
 * home-prepared") shows up in Russian lists, plans and shopping lists.
 */
class RussianNamesTest {
    private static final FoodDatabase FOODS = FoodDatabase.load();

    @Test
    void everyFoodOfTheRecipeLibraryAndThePantryHasARussianName() {
        Map<String, String> missing = new TreeMap<>();
        for (RecipeFacts r : RecipeLibrary.load(FOODS).all()) {
            for (Food f : r.foods()) {
                if (f != null && f.names().ru().isEmpty()) missing.put(f.id(), f.description() + " (" + r.recipe().id() + ")");
            }
        }
        for (Pantry.Staple s : Pantry.DEFAULTS) {
            FOODS.byId(s.foodId()).filter(f -> f.names().ru().isEmpty()).ifPresent(f -> missing.put(f.id(), f.description() + " (staple)"));
        }
        for (ItemDraft d : SampleData.fridge(true)) {
            FOODS.search().resolve(d.name()).filter(f -> f.names().ru().isEmpty()).ifPresent(f -> missing.put(f.id(), f.description() + " (sample)"));
        }
        assertThat(missing).as("foods without a Russian name in aliases.tsv").isEmpty();
    }

    @Test
    void theRussianSampleFridgeHoldsTheSameFoodsAsTheEnglishOne() {
        List<ItemDraft> en = SampleData.fridge(false);
        List<ItemDraft> ru = SampleData.fridge(true);
        assertThat(ru).hasSameSizeAs(en);
        for (int i = 0; i < en.size(); i++) {
            assertThat(FOODS.search().resolve(ru.get(i).name()).map(Food::id)).as(ru.get(i).name())
                    .isPresent().isEqualTo(FOODS.search().resolve(en.get(i).name()).map(Food::id));
            assertThat(ru.get(i).name()).matches("[а-яё ]+");
        }
    }
}
