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
        assertThat(foods.all().stream().filter(f -> !FoodDatabase.isExtra(f.id()))).hasSize(7413);
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

    @Test
    void extraFoodsFillWhatSr21LacksWithSaneLabelValues() {
        var extras = foods.all().stream().filter(f -> FoodDatabase.isExtra(f.id())).toList();
        assertThat(extras).hasSizeGreaterThanOrEqualTo(15);
        assertThat(extras).allSatisfy(f -> {
            assertThat(f.id()).matches("FC\\d{3}").hasSize(5); // fits the store's CHAR(5) food id
            assertThat(f.names().en()).isNotBlank();
            assertThat(f.names().ru()).isNotBlank().matches(".*\\p{IsCyrillic}.*");
            Nutrients n = f.per100g();
            for (Nutrient key : new Nutrient[] {Nutrient.ENERGY, Nutrient.PROTEIN, Nutrient.FAT, Nutrient.CARBOHYDRATE,
                    Nutrient.FIBER, Nutrient.SUGAR, Nutrient.SODIUM}) {
                assertThat(n.isKnown(key)).as(f.id() + " " + key).isTrue();
            }
            double atwater = 4 * n.get(Nutrient.PROTEIN) + 9 * n.get(Nutrient.FAT) + 4 * n.get(Nutrient.CARBOHYDRATE);
            assertThat(n.get(Nutrient.ENERGY)).as(f.id() + " energy vs 4/9/4").isCloseTo(atwater, within(Math.max(15, atwater * 0.08)));
            assertThat(n.get(Nutrient.PROTEIN) + n.get(Nutrient.FAT) + n.get(Nutrient.CARBOHYDRATE)).as(f.id()).isLessThanOrEqualTo(100);
            assertThat(f.measures()).allSatisfy(m -> assertThat(m.authored()).isTrue());
        });
        Food halloumi = foods.byId("FC005").orElseThrow();
        assertThat(halloumi.displayName(true)).isEqualTo("халуми");
        // not measured is not zero: the label table gives no vitamin K for halloumi
        assertThat(halloumi.per100g().isKnown(Nutrient.VITAMIN_K)).isFalse();
        assertThat(halloumi.per100g().asMap()).doesNotContainKey("vitamin_k");
    }

    @Test
    void authoredWeightsNeverOverrideSr21() {
        Food garlic = foods.byId("11215").orElseThrow();
        assertThat(garlic.measures()).filteredOn(HouseholdMeasure::authored).extracting(HouseholdMeasure::description).containsExactly("head");
        assertThat(dev.fridgechef.unit.GramConversion.pieceMeasure(garlic)).get().extracting(HouseholdMeasure::description).isEqualTo("clove");
    }
}
