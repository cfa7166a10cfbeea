package dev.fridgechef.plan;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Near-identical requests reuse an AI plan after a re-check; different ones call the model. */
class SemanticPlanCacheTest {
    private static final PlanOptions OPTIONS = new PlanOptions(LocalDate.of(2026, 11, 25), 1, List.of(MealType.LUNCH, MealType.DINNER), false);
    private static final String PLAN = FakeModelAnswers.CHICKEN_RICE_PLAN;

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

    /** The same dishes scaled to a bigger person's target (about 2,300 kcal for lunch and dinner). */
    private static final String BIG_PLAN = PLAN.replace("\"grams\": 250", "\"grams\": 330").replace("\"grams\": 150", "\"grams\": 200")
            .replace("\"grams\": 200}, {\"food\": \"rice\", \"grams\": 120}", "\"grams\": 260}, {\"food\": \"rice\", \"grams\": 155}")
            .replace("\"grams\": 15", "\"grams\": 20");

    private void answer() {
        answer(PLAN);
    }

    private void answer(String plan) {
        server.enqueue(FakeModelAnswers.openAi(plan));
    }

    @Test
    void aNearlyIdenticalFridgeReusesThePlanADifferentOneDoesNot() throws Exception {
        ProviderSettings p = new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 2);
        try (FridgeChef app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), TestStores.CLOCK,
                new LlmSettings(List.of(p), 5, 50))) {
            app.profiles().update(new ProfileUpdate(Sex.MALE, null, 40, 180.0, 80.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null,
                    Diet.OMNIVORE, Set.of(), Set.of(), List.of()));
            app.inventory().add(ItemDraft.of("chicken breast", "500", "g").withExpires("+2d"));
            app.inventory().add(ItemDraft.of("rice", "1", "kg"));
            app.inventory().add(ItemDraft.of("olive oil", "250", "ml"));
            app.inventory().add(ItemDraft.of("carrots", "500", "g"));
            answer();
            StoredPlan first = app.planWithAi(OPTIONS);
            assertThat(first.source()).isEqualTo("ai:local/m");

            app.inventory().use("rice", "300", "g"); // a new fridge for the exact cache, nearly the same request
            StoredPlan reused = app.planWithAi(OPTIONS);
            assertThat(reused.inventoryHash()).isNotEqualTo(first.inventoryHash());
            assertThat(reused.source()).startsWith("ai:semantic-cache");
            assertThat(reused.cached()).isTrue();
            assertThat(server.getRequestCount()).as(reused.source()).isEqualTo(1);

            // a heavier, more active person: the old plan is still similar in words but fails the re-check on energy
            app.profiles().update(new ProfileUpdate(null, null, null, null, 95.0, ActivityLevel.ACTIVE, Goal.GAIN, null, null, null, null, null));
            answer(BIG_PLAN);
            StoredPlan different = app.planWithAi(OPTIONS);
            assertThat(server.getRequestCount()).as(different.source()).isEqualTo(2);
            assertThat(different.source()).isEqualTo("ai:local/m");
            assertThat(app.usage().days(1).get(0).cacheHits()).isEqualTo(1);
        }
    }

    @Test
    void cosineOfIdenticalTextsIsOneAndTheDescriptionIsStable() {
        float[] a = {1, 2, 3};
        assertThat(SemanticPlanCache.cosine(a, a)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(SemanticPlanCache.cosine(a, new float[] {-1, -2, -3})).isCloseTo(-1.0, org.assertj.core.api.Assertions.within(1e-9));
    }
}
