package dev.fridgechef.diet;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.profile.Allergen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FoodTraitsTest {
    private final FoodDatabase foods = TestFoods.get();

    private FoodTraits traits(String name) {
        Food f = foods.search().resolve(name).orElseThrow(() -> new AssertionError("no food for " + name));
        return FoodTraits.of(f);
    }

    @ParameterizedTest(name = "{0} contains {1}")
    @CsvSource(delimiter = '|', value = {
            "eggs|EGGS", "milk|MILK", "butter|MILK", "cheddar cheese|MILK", "greek yogurt|MILK", "сметана|MILK",
            "salmon|FISH", "canned tuna|FISH", "shrimp|CRUSTACEANS", "mussels|MOLLUSCS", "squid|MOLLUSCS",
            "peanut butter|PEANUTS", "peanuts|PEANUTS", "almonds|TREE_NUTS", "walnuts|TREE_NUTS", "hazelnuts|TREE_NUTS",
            "spaghetti|WHEAT GLUTEN", "bread|WHEAT GLUTEN", "rolled oats|GLUTEN", "pearl barley|GLUTEN", "couscous|WHEAT GLUTEN",
            "soy sauce|SOY", "tofu|SOY", "sesame seeds|SESAME", "celery|CELERY", "mustard|MUSTARD", "dried apricots|SULPHITES",
            "mayonnaise|EGGS"})
    void findsMajorAllergens(String name, String expected) {
        Set<Allergen> want = EnumSet.noneOf(Allergen.class);
        Arrays.stream(expected.split(" ")).map(Allergen::valueOf).forEach(want::add);
        assertThat(traits(name).allergens()).containsAll(want);
    }

    @ParameterizedTest(name = "{0} has none of {1}")
    @CsvSource(delimiter = '|', value = {
            "гречка|GLUTEN WHEAT", "rice|GLUTEN WHEAT MILK", "coconut milk|MILK", "eggplant|EGGS", "potatoes|GLUTEN MILK EGGS",
            "chicken breast|MILK EGGS FISH", "apples|GLUTEN MILK EGGS PEANUTS TREE_NUTS", "nutmeg|TREE_NUTS", "ginger|GLUTEN",
            "peanut butter|MILK", "butternut squash|MILK", "olive oil|MILK EGGS FISH SOY"})
    void doesNotInventAllergens(String name, String notExpected) {
        Set<Allergen> absent = traits(name).allergens();
        for (String a : notExpected.split(" ")) assertThat(absent).doesNotContain(Allergen.valueOf(a));
    }

    @Test
    void classifiesAnimalFoods() {
        assertThat(traits("chicken breast").meat()).isTrue();
        assertThat(traits("bacon").pork()).isTrue();
        FoodTraits beef = FoodTraits.of(foods.byId("23572").orElseGet(() -> foods.search().resolve("ground beef").orElseThrow()));
        assertThat(beef.meat()).isTrue();
        assertThat(beef.pork()).isFalse();
        assertThat(traits("salmon").seafood()).isTrue();
        assertThat(traits("salmon").meat()).isFalse();
        assertThat(traits("honey").honey()).isTrue();
        assertThat(traits("ginger").alcohol()).isFalse();
        assertThat(traits("lentils").meat()).isFalse();
        assertThat(traits("tofu").meat()).isFalse();
    }
}
