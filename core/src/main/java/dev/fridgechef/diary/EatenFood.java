package dev.fridgechef.diary;

import dev.fridgechef.food.Food;
import dev.fridgechef.recipe.MealType;

import java.time.LocalTime;

/** A food eaten on a day with the grams actually eaten (the share eaten applied), and the entry and session it belongs to. */
public record EatenFood(long entryId, LocalTime time, MealType meal, Food food, double grams) {
}
