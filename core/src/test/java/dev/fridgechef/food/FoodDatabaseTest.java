package dev.fridgechef.food;

import dev.fridgechef.TestFoods;
import dev.fridgechef.text.TextNormalizer;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FoodDatabaseTest {
    private final FoodDatabase foods = TestFoods.get();

    @Test
    void holdsAllSr21FoodsWithNutrientsAndMeasures() {
        assertThat(foods.size()).isEqualTo(7413);
        Food egg = foods.byId("01123").orElseThrow();
        assertThat(egg.description()).isEqualTo("Egg, whole, raw, fresh");
        assertThat(egg.group().name()).isEqualTo("Dairy and Egg Products");
        assertThat(egg.per100g().get(Nutrient.ENERGY)).isEqualTo(143);
        assertThat(egg.per100g().get(Nutrient.PROTEIN)).isCloseTo(12.58, within(0.001));
        assertThat(egg.measures()).extracting(HouseholdMeasure::description).contains("large", "medium");
    }

    @Test
    void nutrientColumnsMatchPublishedValuesForSaltedButter() {
        Nutrients butter = foods.byId("01001").orElseThrow().per100g();
        assertThat(butter.get(Nutrient.WATER)).isEqualTo(15.87);
        assertThat(butter.get(Nutrient.ENERGY)).isEqualTo(717);
        assertThat(butter.get(Nutrient.FAT)).isEqualTo(81.11);
        assertThat(butter.get(Nutrient.SODIUM)).isEqualTo(576);
        assertThat(butter.get(Nutrient.SELENIUM)).isEqualTo(1.0);
        assertThat(butter.get(Nutrient.FOLATE_DFE)).isEqualTo(3);
        assertThat(butter.get(Nutrient.VITAMIN_B12)).isEqualTo(0.17);
        assertThat(butter.get(Nutrient.VITAMIN_A_RAE)).isEqualTo(684);
        assertThat(butter.get(Nutrient.VITAMIN_E)).isEqualTo(2.32);
        assertThat(butter.get(Nutrient.VITAMIN_K)).isEqualTo(7.0);
        assertThat(butter.get(Nutrient.SATURATED_FAT)).isEqualTo(51.368);
        assertThat(butter.get(Nutrient.CHOLESTEROL)).isEqualTo(215);
    }

    @Test
    void unmeasuredNutrientsStayUnknownNotZero() {
        long withUnknown = foods.all().stream().filter(f -> !f.per100g().isKnown(Nutrient.VITAMIN_K)).count();
        assertThat(withUnknown).isGreaterThan(1000);
        // SR21's only food without energy is a pseudo-entry, the "ground beef calculator"
        assertThat(foods.all()).filteredOn(f -> !f.per100g().isKnown(Nutrient.ENERGY))
                .extracting(Food::id).containsExactly("23999");
    }

    @Test
    void hasAtLeast300CuratedAliasesInBothLanguages() {
        assertThat(foods.aliases()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(foods.aliases()).allSatisfy(a -> {
            assertThat(a.english()).isNotEmpty();
            assertThat(a.russian()).isNotEmpty();
            assertThat(foods.byId(a.foodId())).isPresent();
        });
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (FoodAlias a : foods.aliases()) {
            for (String name : a.allNames()) {
                String previous = owner.put(TextNormalizer.normalize(name), a.foodId());
                assertThat(previous == null || previous.equals(a.foodId())).as("alias %s names two foods", name).isTrue();
            }
        }
    }

    @Test
    void aliasedFoodsCarryDisplayNames() {
        Food buckwheat = foods.byId("20009").orElseThrow();
        assertThat(buckwheat.displayName(true)).isEqualTo("гречка");
        assertThat(buckwheat.displayName(false)).isEqualTo("buckwheat");
        Food unaliased = foods.byId("03839").orElseThrow();
        assertThat(unaliased.displayName(true)).isEqualTo(unaliased.description());
    }
}
