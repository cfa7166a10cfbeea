package dev.fridgechef.plan;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.llm.UsageLedger;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.store.Store;
import okhttp3.mockwebserver.MockResponse;
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

/** The exact cache, the budget and the per-user limit around the AI planner, with the usage ledger. */
class AiPlanServiceTest {
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

    private FridgeChef app(double budget, int perMinute) {
        ProviderSettings p = new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 2);
        FridgeChef app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), TestStores.CLOCK,
                new LlmSettings(List.of(p), budget, perMinute));
        app.profiles().update(new ProfileUpdate(Sex.MALE, null, 40, 180.0, 80.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null,
                Diet.OMNIVORE, Set.of(), Set.of(), List.of()));
        app.inventory().add(ItemDraft.of("chicken breast", "500", "g").withExpires("+2d"));
        app.inventory().add(ItemDraft.of("rice", "1", "kg"));
        return app;
    }

    private void answer() {
        server.enqueue(FakeModelAnswers.openAi(PLAN));
    }

    @Test
    void theSameFridgeTodayIsServedWithoutANewModelCall() {
        answer();
        try (FridgeChef app = app(5, 5)) {
            StoredPlan first = app.planWithAi(OPTIONS);
            StoredPlan second = app.planWithAi(OPTIONS);
            assertThat(first.source()).isEqualTo("ai:local/m");
            assertThat(second.cached()).isTrue();
            assertThat(second.id()).isEqualTo(first.id());
            assertThat(server.getRequestCount()).isEqualTo(1);
            List<UsageLedger.Day> days = app.usage().days(1);
            assertThat(days).singleElement().satisfies(d -> {
                assertThat(d.calls()).isEqualTo(1);
                assertThat(d.cacheHits()).isEqualTo(1);
                assertThat(d.tokensIn()).isEqualTo(1000);
                assertThat(d.costUsd()).isCloseTo(0.002, org.assertj.core.api.Assertions.within(1e-9));
                assertThat(d.cacheHitRate()).isEqualTo(0.5);
            });
        }
    }

    @Test
    void aMealOfAnAiPlanWithNewDishesCanBeReplaced() {
        answer();
        try (FridgeChef app = app(5, 5)) {
            StoredPlan plan = app.planWithAi(OPTIONS);
            MealPlan.Meal lunch = plan.plan().plan().get(0).meals().stream().filter(m -> m.meal() == MealType.LUNCH).findFirst().orElseThrow();
            assertThat(app.recipes().library().byId(lunch.recipeId())).as("a new dish of the model's").isEmpty();
            StoredPlan replaced = app.plans().replaceMeal(plan.id(), plan.plan().start(), MealType.LUNCH);
            MealPlan.Meal now = replaced.plan().plan().get(0).meals().stream().filter(m -> m.meal() == MealType.LUNCH).findFirst().orElseThrow();
            assertThat(now.recipeId()).isNotEqualTo(lunch.recipeId());
            assertThat(replaced.plan().plan().get(0).meals().stream().filter(m -> m.meal() == MealType.DINNER).findFirst().orElseThrow().recipeId())
                    .as("the other meal stays").isEqualTo(plan.plan().plan().get(0).meals().stream()
                            .filter(m -> m.meal() == MealType.DINNER).findFirst().orElseThrow().recipeId());
        }
    }

    @Test
    void aSpentBudgetSendsRequestsToTheOfflinePlannerWithAClearNote() {
        try (FridgeChef app = app(0.001, 5)) {
            app.usage().record(new UsageLedger.Call("local", "m", "plan", 1000, 500, 0.002, 10, false, "ok"));
            StoredPlan plan = app.planWithAi(OPTIONS);
            assertThat(plan.source()).isEqualTo("offline");
            assertThat(plan.notes()).singleElement().asString().contains("monthly AI budget");
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void theGenerationLimitPerMinuteIsHonoured() {
        try (FridgeChef app = app(5, 2)) {
            for (int i = 0; i < 2; i++) app.usage().record(new UsageLedger.Call("local", "m", "plan", 10, 10, 0, 10, false, "ok"));
            StoredPlan plan = app.planWithAi(OPTIONS);
            assertThat(plan.source()).isEqualTo("offline");
            assertThat(plan.notes()).singleElement().asString().contains("2 AI plans a minute");
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void failuresAreRecordedAndTheOfflinePlanIsUsed() {
        for (int i = 0; i < 3; i++) server.enqueue(new MockResponse().setResponseCode(503));
        try (FridgeChef app = new FridgeChef(Store.open(dir.resolve("s2")), TestFoods.get(), TestStores.CLOCK,
                new LlmSettings(List.of(new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 2)), 5, 5))) {
            app.profiles().update(new ProfileUpdate(Sex.FEMALE, null, 30, 165.0, 60.0, ActivityLevel.LIGHT, Goal.MAINTAIN, null,
                    Diet.VEGETARIAN, Set.of(), Set.of(), List.of()));
            StoredPlan plan = app.planWithAi(OPTIONS);
            assertThat(plan.source()).isEqualTo("offline");
            assertThat(plan.notes()).singleElement().asString().contains("server error 503");
            assertThat(app.usage().days(1)).singleElement().satisfies(d -> assertThat(d.failures()).isEqualTo(3));
        }
    }

    @Test
    void garbageAnswersArePaidCallsRecordedAsUnusableAndCountTowardTheLimit() {
        server.enqueue(FakeModelAnswers.openAi("Sure! Here is your plan: chicken."));
        server.enqueue(FakeModelAnswers.openAi("{\"days\": \"soon\"}"));
        try (FridgeChef app = app(5, 5)) {
            StoredPlan plan = app.planWithAi(OPTIONS);
            assertThat(plan.source()).isEqualTo("offline");
            List<String> outcomes = app.store().jdbi().withHandle(h -> h.createQuery("SELECT outcome FROM llm_call ORDER BY id")
                    .mapTo(String.class).list());
            assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o).startsWith("unusable: "));
            assertThat(app.usage().days(1)).singleElement().satisfies(d -> {
                assertThat(d.calls()).isEqualTo(2);
                assertThat(d.failures()).isEqualTo(2);
                assertThat(d.costUsd()).as("both were paid").isCloseTo(2 * 0.002, org.assertj.core.api.Assertions.within(1e-9));
            });
            assertThat(app.usage().generationsInLastMinute()).isEqualTo(2);
        }
    }

    @Test
    void aRequestOverThePerRequestCapGoesOfflineWithItsEstimateAndIsNeverSent() {
        ProviderSettings p = new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 2);
        try (FridgeChef app = new FridgeChef(Store.open(dir.resolve("s3")), TestFoods.get(), TestStores.CLOCK,
                new LlmSettings(List.of(p), 5, 5, 2, 0.001, java.time.Duration.ofSeconds(90)))) {
            app.profiles().update(new ProfileUpdate(Sex.MALE, null, 40, 180.0, 80.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null,
                    Diet.OMNIVORE, Set.of(), Set.of(), List.of()));
            StoredPlan plan = app.planWithAi(OPTIONS);
            assertThat(plan.source()).isEqualTo("offline");
            assertThat(plan.notes()).singleElement().asString().contains("could cost up to $0.0").contains("cap of $0.0010");
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void anAnswerLeftUnusedBecauseItsRepairWasRefusedIsMarkedSo() {
        server.enqueue(FakeModelAnswers.openAi("not a plan"));
        try (FridgeChef app = app(5, 1)) {
            StoredPlan plan = app.planWithAi(OPTIONS);
            assertThat(plan.source()).isEqualTo("offline");
            assertThat(plan.notes()).singleElement().asString().contains("1 AI plans a minute");
            List<String> outcomes = app.store().jdbi().withHandle(h -> h.createQuery("SELECT outcome FROM llm_call").mapTo(String.class).list());
            assertThat(outcomes).singleElement().asString().startsWith("unusable: a later call was refused");
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }
}
