package dev.fridgechef.plan;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestStores;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.recipe.MealType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache key: same fridge, profile and request on the same day → the stored plan, at once. */
class PlanServiceTest {
    private static final PlanOptions THREE_DAYS = new PlanOptions(LocalDate.of(2026, 11, 25), 3,
            List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER), false);

    @TempDir
    Path dir;
    private FridgeChef app;

    @BeforeEach
    void open() {
        app = TestStores.openWithSample(dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theSameRequestIsServedFromTheStore() {
        StoredPlan first = app.plans().plan(THREE_DAYS);
        StoredPlan second = app.plans().plan(THREE_DAYS);
        assertThat(first.cached()).isFalse();
        assertThat(second.cached()).isTrue();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.plan()).isEqualTo(first.plan());
        assertThat(app.plans().list()).hasSize(1);
    }

    @Test
    void aSmallChangeInTheFridgeKeepsThePlanAMaterialOneMakesANewOne() {
        StoredPlan first = app.plans().plan(THREE_DAYS);
        app.inventory().use("rice", "3", "g");
        assertThat(app.plans().plan(THREE_DAYS).cached()).isTrue();
        app.inventory().add(ItemDraft.of("salmon", "400", "g").withExpires("+2d"));
        StoredPlan after = app.plans().plan(THREE_DAYS);
        assertThat(after.cached()).isFalse();
        assertThat(after.inventoryHash()).isNotEqualTo(first.inventoryHash());
    }

    @Test
    void aChangedProfileOrOptionsMakeANewPlanAndFreshReplans() {
        StoredPlan first = app.plans().plan(THREE_DAYS);
        assertThat(app.plans().plan(new PlanOptions(THREE_DAYS.start(), 2, THREE_DAYS.meals(), false)).cached()).isFalse();
        app.profiles().update(new ProfileUpdate(null, null, null, null, 66.0, null, null, null, null, null, null, null));
        StoredPlan changed = app.plans().plan(THREE_DAYS);
        assertThat(changed.cached()).isFalse();
        assertThat(changed.profileHash()).isNotEqualTo(first.profileHash());
        StoredPlan fresh = app.plans().plan(new PlanOptions(THREE_DAYS.start(), 3, THREE_DAYS.meals(), true));
        assertThat(fresh.cached()).isFalse();
        assertThat(app.plans().covering(LocalDate.of(2026, 11, 27))).get().extracting(StoredPlan::id).isEqualTo(fresh.id());
    }

    @Test
    void cookedTakesTheIngredientsOutOfTheStock() {
        double riceBefore = app.inventory().list().stream().filter(e -> "20044".equals(e.item().foodId())).mapToDouble(e -> e.grams()).sum();
        var recipe = app.recipes().library().all().stream().filter(r -> r.foods().stream().anyMatch(f -> f.id().equals("20044"))
                && r.recipe().ingredients().stream().noneMatch(i -> i.food().equals("20044") && i.optional())).findFirst().orElseThrow();
        var result = app.cooking().cooked(recipe.recipe().id(), recipe.recipe().servings());
        double riceInRecipe = result.taken().stream().filter(t -> t.food().id().equals("20044")).mapToDouble(t -> t.takenGrams()).sum();
        double riceAfter = app.inventory().list().stream().filter(e -> "20044".equals(e.item().foodId())).mapToDouble(e -> e.grams()).sum();
        assertThat(riceInRecipe).isPositive();
        assertThat(riceAfter).isCloseTo(riceBefore - riceInRecipe, org.assertj.core.api.Assertions.within(0.5));
    }
}
