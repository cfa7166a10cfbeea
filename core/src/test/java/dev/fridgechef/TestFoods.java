package dev.fridgechef;

import dev.fridgechef.food.FoodDatabase;

/** The food database, loaded once for the whole test run (it is immutable). */
public final class TestFoods {
    private static FoodDatabase foods;

    private TestFoods() {
    }

    public static synchronized FoodDatabase get() {
        if (foods == null) foods = FoodDatabase.load();
        return foods;
    }
}
