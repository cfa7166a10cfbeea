package dev.fridgechef.plan;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.Json;
import dev.fridgechef.MovableClock;
import dev.fridgechef.TestFoods;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.store.Store;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * planWithAi with dish reuse: when the exact cache and plan reuse cannot serve, the dishes a model
 * proposed in the last days for the same profile and wish are planned again for today's stock,
 * without a call, when the plan passes the checks of any reuse and keeps enough of the model's dishes.
 */
class DishReuseServiceTest {
    private static final LocalDate DAY1 = LocalDate.of(2026, 11, 25);
    private static final List<MealType> MEALS = List.of(MealType.LUNCH, MealType.DINNER);

    @TempDir
    Path dir;
    private MockWebServer server;
    private MovableClock clock;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        clock = new MovableClock(Instant.parse("2026-11-25T08:00:00Z"));
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private FridgeChef app(String name) {
        ProviderSettings p = new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 2);
        FridgeChef app = new FridgeChef(Store.open(dir.resolve(name)), TestFoods.get(), clock, new LlmSettings(List.of(p), 5, 50));
        Map<String, float[]> vectors = Map.of("quick dinners", new float[] {1, 0}, "fast dinners", new float[] {0.95f, 0.1f},
                "something Georgian", new float[] {0, 1});
        app.plans().withWishes(() -> new dev.fridgechef.text.TextSimilarity(() -> java.util.Optional.of(vectors::get), dev.fridgechef.text.TextSimilarity.THRESHOLD));
        app.profiles().update(new ProfileUpdate(Sex.MALE, null, 40, 180.0, 80.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null,
                Diet.OMNIVORE, Set.of(), Set.of(), List.of()));
        app.inventory().add(ItemDraft.of("chicken breast", "1.5", "kg").withExpires("+3d"));
        app.inventory().add(ItemDraft.of("rice", "2", "kg"));
        app.inventory().add(ItemDraft.of("olive oil", "250", "ml"));
        app.inventory().add(ItemDraft.of("carrots", "500", "g"));
        app.inventory().add(ItemDraft.of("tomatoes", "1", "kg"));
        // with these the offline planner cooks salmon when there is some (teriyaki salmon with rice, nothing to buy)
        app.inventory().add(ItemDraft.of("broccoli", "600", "g"));
        app.inventory().add(ItemDraft.of("soy sauce", "150", "ml"));
        return app;
    }

    /**
     * The model's dishes for 3 days: chicken and rice, and for the third dinner salmon with rice and
     * broccoli, which the optimiser leaves out while the salmon would have to be bought.
     */
    static String answer() {
        String chicken = FakeModelAnswers.chickenRiceDays(3);
        String salmon = """
                {"day": 3, "meal": "dinner", "recipe_id": "", "title_en": "Salmon with rice and broccoli", "title_ru": "Лосось с рисом и брокколи",
                 "ingredients": [{"food_id": "15236", "grams_per_serving": 150}, {"food_id": "20044", "grams_per_serving": 80},
                                 {"food_id": "11090", "grams_per_serving": 120}, {"food_id": "04053", "grams_per_serving": 8}],
                 "steps": ["Cook the rice.", "Bake the salmon and steam the broccoli."], "active_minutes": 20},""";
        return chicken.replace("{\"dishes\": [", "{\"dishes\": [" + salmon);
    }

    /** Day 1: a 3-day AI plan of the model's dishes (one call), its first day cooked that evening. */
    private StoredPlan firstDay(FridgeChef app, String wish) {
        clock.set(DAY1, 8);
        server.enqueue(FakeModelAnswers.openAi(answer()));
        StoredPlan first = app.planWithAi(new PlanOptions(DAY1, 3, MEALS, false).withWish(wish));
        assertThat(first.source()).isEqualTo("ai:local/m");
        for (MealType m : MEALS) app.plannedCooking().cookPlanned(first.id(), DAY1, m, null);
        return first;
    }

    /** Salmon that expires tomorrow, bought on {@code day}: the stored plan was not made around it. */
    private void buySalmon(FridgeChef app, LocalDate day) {
        clock.set(day, 8);
        app.inventory().add(ItemDraft.of("salmon", "600", "g").withExpires("+1d"));
    }

    /** The share of the plan's meals that are the model's new dishes. */
    private static double modelShare(StoredPlan served) {
        long all = served.plan().plan().stream().mapToLong(d -> d.meals().size()).sum();
        long model = served.plan().plan().stream().flatMap(d -> d.meals().stream()).filter(m -> m.recipeId().startsWith("ai-")).count();
        return (double) model / all;
    }

    /** Day 2, the first day cooked: days 2 to 4, one more than the stored plan covers (plan reuse cannot serve it). */
    private static PlanOptions daysTwoToFour(String wish) {
        return new PlanOptions(DAY1.plusDays(1), 3, MEALS, false).withWish(wish);
    }

    @Test
    void aLongerRequestTheNextDayIsPlannedFromTheModelsDishesWithoutACall() {
        try (FridgeChef app = app("store")) {
            StoredPlan first = firstDay(app, null);
            clock.set(DAY1.plusDays(1), 8);
            StoredPlan served = app.planWithAi(daysTwoToFour(null));
            assertThat(served.source()).isEqualTo(DishReuse.SOURCE + first.id() + " by local/m");
            assertThat(served.cached()).isTrue();
            assertThat(served.plan().plan()).extracting(MealPlan.Day::date).containsExactly(DAY1.plusDays(1), DAY1.plusDays(2), DAY1.plusDays(3));
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(modelShare(served)).isGreaterThanOrEqualTo(DishReuse.MIN_MODEL_SHARE);
            assertThat(app.usage().cacheHitsByKind(2)).isEqualTo(Map.of("dishes", 1));
            // the same request again is the exact cache; the plan's new dishes can be shown
            assertThat(app.planWithAi(daysTwoToFour(null)).id()).isEqualTo(served.id());
            served.plan().plan().forEach(d -> d.meals().stream().filter(m -> m.recipeId().startsWith("ai-"))
                    .forEach(m -> assertThat(app.recipes().libraryWithAiDishes().byId(m.recipeId())).isPresent()));
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    /**
     * Salmon bought on day 2 that expires the next day: plan reuse refuses (the stored plan leaves it,
     * a fresh offline plan cooks it). The optimiser, preferring the model's dishes, leaves it too
     * (it prefers the chicken dishes to the model's salmon dish), so the plan from the dishes is
     * refused as well and the model is asked: soon-expiring food a fresh plan uses is never ignored.
     */
    @Test
    void soonExpiringFishThePlanFromTheDishesWouldLeaveAsksTheModel() {
        try (FridgeChef app = app("store")) {
            StoredPlan first = firstDay(app, null);
            buySalmon(app, DAY1.plusDays(1));
            PlanRequest request = new PlanRequest(DAY1.plusDays(1), 2, MEALS, app.profiles().get(), app.profiles().targets(app.profiles().get()),
                    app.inventory().list()).withStaples(app.pantry().ids());
            assertThat(new PlanReuse(TestFoods.get(), PlanReuse.DEFAULT_MAX_EXTRA_FOODS).check(first.plan(), request,
                    Set.of(PlanReuse.cookedKey(DAY1, MealType.LUNCH, first.plan().plan().get(0).meals().get(0).recipeId()),
                            PlanReuse.cookedKey(DAY1, MealType.DINNER, first.plan().plan().get(0).meals().get(1).recipeId())),
                    Set.of()).refusal()).startsWith("ignores salmon");
            server.enqueue(FakeModelAnswers.openAi(FakeModelAnswers.chickenRiceDays(2)));
            assertThat(app.planWithAi(new PlanOptions(DAY1.plusDays(1), 2, MEALS, false)).source()).isEqualTo("ai:local/m");
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(app.usage().cacheHitsByKind(2)).doesNotContainKey("dishes");
        }
    }

    @Test
    void aRewordedWishIsPlannedFromTheDishesAndAnotherWishAsksTheModel() {
        try (FridgeChef app = app("store")) {
            StoredPlan first = firstDay(app, "quick dinners");
            clock.set(DAY1.plusDays(1), 8);
            StoredPlan reworded = app.planWithAi(daysTwoToFour("fast dinners"));
            assertThat(reworded.source()).isEqualTo(DishReuse.SOURCE + first.id() + " by local/m");
            assertThat(server.getRequestCount()).isEqualTo(1);

            server.enqueue(FakeModelAnswers.openAi(FakeModelAnswers.chickenRiceDays(3)));
            StoredPlan georgian = app.planWithAi(daysTwoToFour("something Georgian"));
            assertThat(georgian.source()).isEqualTo("ai:local/m");
            assertThat(server.getRequestCount()).isEqualTo(2);
            // no wish is not any wish
            server.enqueue(FakeModelAnswers.openAi(FakeModelAnswers.chickenRiceDays(3)));
            assertThat(app.planWithAi(daysTwoToFour(null)).source()).isEqualTo("ai:local/m");
            assertThat(server.getRequestCount()).isEqualTo(3);
        }
    }

    @Test
    void dishesProposedMoreThanTheWindowAgoAreNotReused() {
        // within the window: the last day of it still plans from the dishes
        try (FridgeChef app = app("within")) {
            StoredPlan first = firstDay(app, null);
            clock.set(DAY1.plusDays(DishReuse.WINDOW_DAYS), 8); // the stored plan ended the day before
            assertThat(app.planWithAi(new PlanOptions(DAY1.plusDays(DishReuse.WINDOW_DAYS), 1, MEALS, false)).source())
                    .isEqualTo(DishReuse.SOURCE + first.id() + " by local/m");
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
        try (FridgeChef app = app("beyond")) {
            firstDay(app, null);
            clock.set(DAY1.plusDays(DishReuse.WINDOW_DAYS + 1), 8);
            server.enqueue(FakeModelAnswers.openAi(FakeModelAnswers.chickenRiceDays(1)));
            assertThat(app.planWithAi(new PlanOptions(DAY1.plusDays(DishReuse.WINDOW_DAYS + 1), 1, MEALS, false)).source()).isEqualTo("ai:local/m");
            assertThat(server.getRequestCount()).isEqualTo(3);
        }
    }

    @Test
    void aPlanWithTooFewOfTheModelsDishesAsksTheModel() {
        try (FridgeChef app = app("store")) {
            StoredPlan first = firstDay(app, null);
            clock.set(DAY1.plusDays(1), 8);
            // breakfast, dinner and a snack: only the dinners can be the model's (lunch and dinner) dishes, a third of the meals
            List<MealType> meals = List.of(MealType.BREAKFAST, MealType.DINNER, MealType.SNACK);
            PlanOptions options = new PlanOptions(DAY1.plusDays(1), 2, meals, false);
            PlanRequest request = new PlanRequest(options.start(), 2, meals, app.profiles().get(), app.profiles().targets(app.profiles().get()),
                    app.inventory().list()).withStaples(app.pantry().ids());
            MealPlan offline = new Planner(app.recipes().library()).plan(request);
            AiPlanner.Result fromDishes = new AiPlanner(null, TestFoods.get(), () -> app.recipes().library(), Json.mapper())
                    .fromAnswer(request, FakeModelAnswers.chickenRiceDays(3), 3, offline, "x").orElseThrow();
            assertThat(fromDishes.proposedShare()).isLessThan(DishReuse.MIN_MODEL_SHARE);

            server.enqueue(FakeModelAnswers.openAi(FakeModelAnswers.chickenRiceDays(2)));
            assertThat(app.planWithAi(options).source()).isEqualTo("ai:local/m");
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(first.id()).isPositive();
        }
    }

    @Test
    void freshAsksTheModel() {
        try (FridgeChef app = app("store")) {
            firstDay(app, null);
            clock.set(DAY1.plusDays(1), 8);
            server.enqueue(FakeModelAnswers.openAi(FakeModelAnswers.chickenRiceDays(3)));
            assertThat(app.planWithAi(new PlanOptions(DAY1.plusDays(1), 3, MEALS, true)).source()).isEqualTo("ai:local/m");
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(app.usage().cacheHitsByKind(2)).doesNotContainKey("dishes");
        }
    }

    @Test
    void anAnswerMarkedUnusableIsNeverReadAgain() {
        try (FridgeChef app = app("store")) {
            StoredPlan first = firstDay(app, null);
            long answer = app.store().jdbi().withHandle(h -> h.createQuery("SELECT answer_id FROM meal_plan WHERE id = :id").bind("id", first.id())
                    .mapTo(Long.class).one());
            app.usage().markUnusable(answer, "found wrong later");
            clock.set(DAY1.plusDays(1), 8);
            server.enqueue(FakeModelAnswers.openAi(FakeModelAnswers.chickenRiceDays(3)));
            assertThat(app.planWithAi(daysTwoToFour(null)).source()).isEqualTo("ai:local/m");
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }
}
