package dev.fridgechef.plan;

import dev.fridgechef.FridgeChef;
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

/** planWithAi with plan reuse: the same fridge later that day and the next day reuses, a changed one asks the model. */
class PlanReuseServiceTest {
    private static final LocalDate DAY1 = LocalDate.of(2026, 11, 25);
    private static final List<MealType> MEALS = List.of(MealType.LUNCH, MealType.DINNER);

    @TempDir
    Path dir;
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    /** The chicken-and-rice dishes for each of {@code days} days. */
    static String plan(int days) {
        return FakeModelAnswers.chickenRiceDays(days);
    }

    @Test
    void laterThatDayAndTheNextDayReuseAChangedFridgeAsksTheModel() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-25T08:00:00Z"));
        ProviderSettings p = new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 2);
        try (FridgeChef app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), clock, new LlmSettings(List.of(p), 5, 50))) {
            app.profiles().update(new ProfileUpdate(Sex.MALE, null, 40, 180.0, 80.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null,
                    Diet.OMNIVORE, Set.of(), Set.of(), List.of()));
            app.inventory().add(ItemDraft.of("chicken breast", "1.5", "kg").withExpires("+3d"));
            app.inventory().add(ItemDraft.of("rice", "1", "kg"));
            app.inventory().add(ItemDraft.of("olive oil", "250", "ml"));
            app.inventory().add(ItemDraft.of("carrots", "500", "g"));
            server.enqueue(FakeModelAnswers.openAi(plan(3)));
            StoredPlan first = app.planWithAi(new PlanOptions(DAY1, 3, MEALS, false));
            assertThat(first.source()).isEqualTo("ai:local/m");
            assertThat(first.plan().shopping()).extracting(MealPlan.ShoppingItem::foodId).isSubsetOf("11529"); // the bowl's tomatoes at most

            // a snack later: another fridge for the exact cache, the same plan for reuse (also a shorter request)
            clock.set(DAY1, 13);
            app.inventory().use("carrots", "150", "g");
            StoredPlan again = app.planWithAi(new PlanOptions(DAY1, 3, MEALS, false));
            assertThat(again.source()).isEqualTo(PlanService.REUSE_SOURCE + first.id() + " by local/m");
            assertThat(again.cached()).isTrue();
            assertThat(app.planWithAi(new PlanOptions(DAY1, 1, MEALS, false)).source()).startsWith(PlanService.REUSE_SOURCE);

            // the next day, day 1 cooked as planned: days 2 and 3 serve a 2-day request, all from stock
            clock.set(DAY1.plusDays(1), 8);
            for (MealType m : MEALS) app.plannedCooking().cookPlanned(first.id(), DAY1, m, null);
            StoredPlan tomorrow = app.planWithAi(new PlanOptions(DAY1.plusDays(1), 2, MEALS, false));
            assertThat(tomorrow.source()).startsWith(PlanService.REUSE_SOURCE + first.id());
            assertThat(tomorrow.plan().plan()).extracting(MealPlan.Day::date).containsExactly(DAY1.plusDays(1), DAY1.plusDays(2));
            assertThat(tomorrow.plan().shopping()).isEmpty();
            assertThat(server.getRequestCount()).isEqualTo(1);

            // pork bought that expires tomorrow: the plan was not made around it, so the model is asked
            app.inventory().add(ItemDraft.of("pork loin", "600", "g").withExpires("+1d"));
            server.enqueue(FakeModelAnswers.openAi(plan(2)));
            StoredPlan withPork = app.planWithAi(new PlanOptions(DAY1.plusDays(1), 2, MEALS, false));
            assertThat(withPork.source()).isEqualTo("ai:local/m");
            assertThat(server.getRequestCount()).isEqualTo(2);
            // the same request again: the exact cache
            assertThat(app.planWithAi(new PlanOptions(DAY1.plusDays(1), 2, MEALS, false)).id()).isEqualTo(withPork.id());

            assertThat(app.usage().cacheHitsByKind(2)).isEqualTo(Map.of("exact", 1, "reuse", 3));
        }
    }

    @Test
    void theSameRequestWithItsWishInOtherWordsIsTheExactCacheAndAnOppositeWishIsNot() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-25T08:00:00Z"));
        ProviderSettings p = new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 2);
        try (FridgeChef app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), clock, new LlmSettings(List.of(p), 5, 50))) {
            Map<String, float[]> vectors = Map.of("more fish this week", new float[] {1, 0}, "I want more fish this week", new float[] {0.95f, 0.1f});
            app.plans().withWishes(() -> new dev.fridgechef.text.TextSimilarity(() -> java.util.Optional.of(vectors::get), dev.fridgechef.text.TextSimilarity.THRESHOLD));
            app.profiles().update(new ProfileUpdate(Sex.MALE, null, 40, 180.0, 80.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null,
                    Diet.OMNIVORE, Set.of(), Set.of(), List.of()));
            app.inventory().add(ItemDraft.of("chicken breast", "1.5", "kg").withExpires("+3d"));
            app.inventory().add(ItemDraft.of("rice", "1", "kg"));
            server.enqueue(FakeModelAnswers.openAi(plan(1)));
            StoredPlan first = app.planWithAi(new PlanOptions(DAY1, 1, MEALS, false).withWish("more fish this week"));
            assertThat(first.source()).isEqualTo("ai:local/m");
            StoredPlan reworded = app.planWithAi(new PlanOptions(DAY1, 1, MEALS, false).withWish("I want more fish this week"));
            assertThat(reworded.id()).isEqualTo(first.id());
            assertThat(reworded.cached()).isTrue();
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(app.usage().cacheHitsByKind(1)).isEqualTo(Map.of("exact", 1));
            // the opposite side is never the same request, whatever the embeddings say
            server.enqueue(FakeModelAnswers.openAi(plan(1)));
            assertThat(app.planWithAi(new PlanOptions(DAY1, 1, MEALS, false).withWish("less fish this week")).id()).isNotEqualTo(first.id());
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }

    @Test
    void aRewordedWishReusesThePlanAndAnotherWishAsksTheModel() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-25T08:00:00Z"));
        ProviderSettings p = new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 2);
        try (FridgeChef app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), clock, new LlmSettings(List.of(p), 5, 50))) {
            // the wishes' embeddings, as the calibrated model would roughly place them
            Map<String, float[]> vectors = Map.of("quick dinners", new float[] {1, 0}, "fast dinners", new float[] {0.95f, 0.1f},
                    "something Georgian", new float[] {0, 1});
            app.plans().withWishes(() -> new dev.fridgechef.text.TextSimilarity(() -> java.util.Optional.of(vectors::get), dev.fridgechef.text.TextSimilarity.THRESHOLD));
            app.profiles().update(new ProfileUpdate(Sex.MALE, null, 40, 180.0, 80.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null,
                    Diet.OMNIVORE, Set.of(), Set.of(), List.of()));
            app.inventory().add(ItemDraft.of("chicken breast", "1.5", "kg").withExpires("+3d"));
            app.inventory().add(ItemDraft.of("rice", "1", "kg"));
            app.inventory().add(ItemDraft.of("carrots", "500", "g"));
            PlanOptions quick = new PlanOptions(DAY1, 3, MEALS, false).withWish("quick dinners");
            server.enqueue(FakeModelAnswers.openAi(plan(3)));
            StoredPlan first = app.planWithAi(quick);
            assertThat(first.source()).isEqualTo("ai:local/m");

            clock.set(DAY1, 13);
            app.inventory().use("carrots", "150", "g"); // another fridge: no exact hit
            StoredPlan reworded = app.planWithAi(new PlanOptions(DAY1, 3, MEALS, false).withWish("fast dinners"));
            assertThat(reworded.source()).isEqualTo(PlanService.REUSE_SOURCE + first.id() + " by local/m");
            assertThat(server.getRequestCount()).isEqualTo(1);

            server.enqueue(FakeModelAnswers.openAi(plan(3)));
            StoredPlan georgian = app.planWithAi(new PlanOptions(DAY1, 3, MEALS, false).withWish("something Georgian"));
            assertThat(georgian.source()).isEqualTo("ai:local/m");
            assertThat(server.getRequestCount()).isEqualTo(2);
            // no wish is not any wish
            server.enqueue(FakeModelAnswers.openAi(plan(3)));
            assertThat(app.planWithAi(new PlanOptions(DAY1, 3, MEALS, false)).source()).isEqualTo("ai:local/m");
            assertThat(server.getRequestCount()).isEqualTo(3);
        }
    }
}
