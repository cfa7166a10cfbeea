package dev.fridgechef.diary;

import dev.fridgechef.food.Food;
import dev.fridgechef.recipe.MealType;

import java.time.LocalTime;

/**
 * A food eaten on a day with the grams actually eaten (the share eaten applied), and the entry it
 * belongs to: its number, its session's number, time and meal, and its name ({@code dish}: the recipe's
 * title, the dish's name or the food's name, in English).
 */
public record EatenFood(long entryId, long sessionId, LocalTime time, MealType meal, String dish, Food food, double grams) {
}
