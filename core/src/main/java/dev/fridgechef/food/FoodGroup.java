package dev.fridgechef.food;

/** An SR21 food group, e.g. 0100 "Dairy and Egg Products". */
public record FoodGroup(String code, String name) {
    public static final String BABY_FOODS = "0300";
    public static final String FAST_FOODS = "2100";
    public static final String MEALS_ENTREES = "2200";
    public static final String AMERICAN_INDIAN = "3500";
}
