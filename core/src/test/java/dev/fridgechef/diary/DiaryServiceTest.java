package dev.fridgechef.diary;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestStores;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The diary's entries, their nutrition from the food database, edits, removal and undo. */
class DiaryServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    FridgeChef app;
    DiaryService diary;

    @BeforeEach
    void open() {
        app = TestStores.open(dir);
        diary = app.diary().as("test");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Food food(String name) {
        return app.foods().search().resolve(name).orElseThrow();
    }

    @Test
    void aFoodWithGramsCountsItsNutritionFromTheFoodDatabase() {
        LoggedEntry logged = diary.ate("apple 150 g", null, null, null, null, 100);
        Food apple = food("apple");
        assertThat(logged.entry().kind()).isEqualTo(EntryKind.FOOD);
        assertThat(logged.entry().foodId()).isEqualTo(apple.id());
        assertThat(logged.entry().portions()).containsExactly(new FoodPortion(apple.id(), 150.0, "150 g"));
        assertThat(logged.nutrients().get(Nutrient.ENERGY)).isCloseTo(apple.per100g().get(Nutrient.ENERGY) * 1.5, within(1e-9));
        assertThat(logged.session().date()).isEqualTo(TODAY);
        assertThat(logged.session().meal()).isEqualTo(MealType.BREAKFAST);

        DiaryDay day = diary.day(TODAY);
        assertThat(day.entryCount()).isEqualTo(1);
        assertThat(day.total().get(Nutrient.ENERGY)).isCloseTo(logged.nutrients().get(Nutrient.ENERGY), within(1e-9));
        assertThat(diary.eatenFoods(TODAY)).singleElement().satisfies(e -> {
            assertThat(e.food().id()).isEqualTo(apple.id());
            assertThat(e.grams()).isEqualTo(150.0);
            assertThat(e.dish()).isEqualTo(apple.displayName(false));
        });
    }

    @Test
    void aRecipeWithServingsAndAShareEatenScalesThePerServingNutrition() {
        RecipeFacts borscht = app.recipes().library().byId("borscht-with-beef").orElseThrow();
        LoggedEntry logged = diary.ate("borscht", 1.5, null, LocalDateTime.of(2026, 11, 25, 13, 10), null, 80);
        assertThat(logged.entry().recipeId()).isEqualTo("borscht-with-beef");
        assertThat(logged.entry().servings()).isEqualTo(1.5);
        assertThat(logged.session().meal()).isEqualTo(MealType.LUNCH);
        assertThat(logged.nutrients().get(Nutrient.ENERGY))
                .isCloseTo(borscht.energyPerServing() * 1.5 * 0.8, within(borscht.energyPerServing() * 0.002));
        double grams = diary.eatenFoods(TODAY).stream().mapToDouble(EatenFood::grams).sum();
        assertThat(grams).isCloseTo(EntryResolver.gramsPerServing(borscht) * 1.5 * 0.8, within(1.0));
    }

    @Test
    void entriesCloseInTimeShareASessionAndTheDayAddsThemUp() {
        diary.ate("apple 100 g", null, null, LocalDateTime.of(2026, 11, 25, 8, 0), null, 100);
        diary.ate("banana 120 g", null, null, LocalDateTime.of(2026, 11, 25, 8, 40), null, 100);
        diary.ate("banana 120 g", null, null, LocalDateTime.of(2026, 11, 25, 19, 0), null, 50);
        DiaryDay day = diary.day(TODAY);
        assertThat(day.sessions()).extracting(s -> s.session().meal()).containsExactly(MealType.BREAKFAST, MealType.DINNER);
        assertThat(day.sessions().get(0).entries()).hasSize(2);
        double sessions = day.sessions().stream().mapToDouble(s -> s.total().get(Nutrient.ENERGY)).sum();
        assertThat(day.total().get(Nutrient.ENERGY)).isCloseTo(sessions, within(1e-9));
        assertThat(diary.eatenFoods(TODAY)).extracting(EatenFood::grams).containsExactly(100.0, 120.0, 60.0);
    }

    @Test
    void aPieceOfAFoodWithoutAPieceWeightSaysSoAndCountsNothing() {
        LoggedEntry logged = diary.ate("wheat flour 2 pcs", null, null, null, null, 100);
        assertThat(logged.entry().unweighed()).singleElement().satisfies(p -> {
            assertThat(p.grams()).isNull();
            assertThat(p.amount()).isEqualTo("2 pcs");
        });
        assertThat(diary.day(TODAY).unweighed()).extracting(DiaryEntry::id).containsExactly(logged.entry().id());
        assertThat(diary.eatenFoods(TODAY)).isEmpty();
        // a weight given later makes it count
        LoggedEntry weighed = diary.edit(logged.entry().id(), new EntryEdit(200.0, null, null, null, null));
        assertThat(weighed.entry().unweighed()).isEmpty();
        assertThat(weighed.nutrients().get(Nutrient.ENERGY)).isGreaterThan(500);
    }

    @Test
    void editRemoveAndUndoWalkBackThroughTheHistory() {
        long id = diary.ate("apple 150 g", null, null, null, null, 100).entry().id();
        diary.edit(id, new EntryEdit(250.0, null, 50.0, null, MealType.SNACK));
        LoggedEntry edited = diary.entry(id);
        assertThat(edited.entry().servedGrams()).isEqualTo(250.0);
        assertThat(edited.entry().eatenPercent()).isEqualTo(50.0);
        assertThat(edited.session().meal()).isEqualTo(MealType.SNACK);
        assertThat(diary.eatenFoods(TODAY)).extracting(EatenFood::grams).containsExactly(125.0);

        diary.remove(id);
        assertThat(diary.day(TODAY).entryCount()).isZero();
        assertThatThrownBy(() -> diary.entry(id)).isInstanceOf(UserException.class);

        assertThat(diary.undo().action()).isEqualTo(DiaryChange.Action.REMOVE);
        assertThat(diary.eatenFoods(TODAY)).extracting(EatenFood::grams).containsExactly(125.0);
        assertThat(diary.undo().action()).isEqualTo(DiaryChange.Action.EDIT);
        LoggedEntry restored = diary.entry(id);
        assertThat(restored.entry().servedGrams()).isEqualTo(150.0);
        assertThat(restored.entry().eatenPercent()).isEqualTo(100.0);
        assertThat(restored.session().meal()).isEqualTo(MealType.BREAKFAST);
        assertThat(diary.undo().action()).isEqualTo(DiaryChange.Action.ADD);
        assertThat(diary.day(TODAY).entryCount()).isZero();
        assertThatThrownBy(diary::undo).isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.diary.undo.nothing"));

        List<DiaryChange> history = diary.history(10);
        assertThat(history).extracting(DiaryChange::action).containsExactly(DiaryChange.Action.UNDO, DiaryChange.Action.UNDO,
                DiaryChange.Action.UNDO, DiaryChange.Action.REMOVE, DiaryChange.Action.EDIT, DiaryChange.Action.ADD);
        assertThat(history).allSatisfy(c -> assertThat(c.by()).isEqualTo("test"));
        assertThat(history.get(4).before().servedGrams()).isEqualTo(150.0);
        assertThat(history.get(4).after().servedGrams()).isEqualTo(250.0);
    }

    @Test
    void aDishOfSeveralFoodsKeepsEachFood() {
        LoggedEntry logged = diary.ate("tomato 150 g, cucumber 100 g, sour cream 30 g", null, "Salad", null, null, 100);
        assertThat(logged.entry().kind()).isEqualTo(EntryKind.DISH);
        assertThat(logged.entry().label()).isEqualTo("Salad");
        assertThat(logged.entry().portions()).extracting(FoodPortion::grams).containsExactly(150.0, 100.0, 30.0);
        diary.edit(logged.entry().id(), new EntryEdit(140.0, null, null, null, null));
        assertThat(diary.entry(logged.entry().id()).entry().portions()).extracting(FoodPortion::grams).containsExactly(75.0, 50.0, 15.0);
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> diary.ate("qwertyuiop", null, null, null, null, 100))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.diary.unknown"));
        assertThatThrownBy(() -> diary.ate("apple 150 g", null, null, null, null, 120))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.diary.eaten"));
        assertThatThrownBy(() -> diary.ate("apple 150 bucket", null, null, null, null, 100)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> diary.ate("milk", null, null, null, null, 100))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.diary.amount"));
        assertThatThrownBy(() -> diary.ate("tomato 100 g, qwertyuiop 5 g", null, null, null, null, 100)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> diary.edit(99, new EntryEdit(10.0, null, null, null, null)))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.diary.entry.unknown"));
        assertThat(diary.history(10)).isEmpty();
        assertThat(diary.day(TODAY).entryCount()).isZero();
    }

    @Test
    void aNameThatFitsSeveralRecipesEquallyListsThem() {
        assertThatThrownBy(() -> diary.ate("oatmeal", 1.0, null, null, null, 100))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.diary.ambiguous");
                    assertThat(e.getMessage()).contains("oatmeal-");
                });
    }

    @Test
    void aPeriodHasEveryDayEmptyOnesIncluded() {
        diary.ate("apple 100 g", null, null, LocalDateTime.of(2026, 11, 23, 8, 0), null, 100);
        diary.ate("apple 100 g", null, null, LocalDateTime.of(2026, 11, 25, 8, 0), null, 100);
        List<DiaryDay> days = diary.days(LocalDate.of(2026, 11, 22), TODAY);
        assertThat(days).extracting(DiaryDay::date).hasSize(4).startsWith(LocalDate.of(2026, 11, 22));
        assertThat(days).extracting(DiaryDay::entryCount).containsExactly(0, 1, 0, 1);
    }
}
