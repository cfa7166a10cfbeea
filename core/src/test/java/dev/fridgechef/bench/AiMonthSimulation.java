package dev.fridgechef.bench;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.llm.UsageLedger;
import dev.fridgechef.plan.FakeModelAnswers;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.store.Store;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A month of one household (run by scripts/bench.sh ai-month): the fridge changes every day
 * (cooking takes from it, shopping adds to it), and the person asks for an AI plan a few times a
 * day. Prints how many model calls the caches saved. The model is a local server that always
 * answers with a valid plan, so only the cache behaviour is measured.
 */
public final class AiMonthSimulation {
    private static final String PLAN = FakeModelAnswers.CHICKEN_RICE_PLAN;

    private static final class DayClock extends Clock {
        Instant now = Instant.parse("2026-11-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    public static void main(String[] args) throws Exception {
        String answer = FakeModelAnswers.openAiBody(PLAN, 1800, 600);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse().setHeader("Content-Type", "application/json").setBody(answer);
                }
            });
            server.start();
            DayClock clock = new DayClock();
            Path dir = Files.createTempDirectory("fridgechef-month");
            ProviderSettings provider = new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 0.15, 0.60);
            Random random = new Random(11);
            int requests = 0;
            try (FridgeChef app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), clock,
                    new LlmSettings(List.of(provider), 5, 50))) {
                app.profiles().update(new ProfileUpdate(Sex.MALE, null, 40, 180.0, 80.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null,
                        Diet.OMNIVORE, Set.of(), Set.of(), List.of()));
                for (String[] item : new String[][] {{"chicken breast", "2", "kg"}, {"rice", "3", "kg"}, {"olive oil", "1", "l"},
                        {"carrots", "1", "kg"}, {"eggs", "20", "pcs"}, {"milk", "2", "l"}}) {
                    app.inventory().add(ItemDraft.of(item[0], item[1], item[2]));
                }
                for (int day = 0; day < 30; day++) {
                    LocalDate today = LocalDate.of(2026, 11, 1).plusDays(day);
                    PlanOptions options = new PlanOptions(today, 1, List.of(MealType.LUNCH, MealType.DINNER), false);
                    int asks = 2 + random.nextInt(3);
                    for (int a = 0; a < asks; a++) {
                        clock.now = today.atTime(8 + a * 3, 0).toInstant(ZoneOffset.UTC);
                        if (a > 0 && random.nextBoolean()) app.inventory().use("carrots", "60", "g"); // a snack between asks
                        app.planWithAi(options);
                        requests++;
                    }
                    // evening: cook dinner (takes from the fridge), and shop twice a week
                    clock.now = today.atTime(20, 0).toInstant(ZoneOffset.UTC);
                    app.inventory().use("chicken breast", "200", "g");
                    app.inventory().use("rice", "120", "g");
                    if (day % 3 == 2) {
                        app.inventory().add(ItemDraft.of("chicken breast", "600", "g"));
                        app.inventory().add(ItemDraft.of("carrots", "500", "g"));
                        app.inventory().add(ItemDraft.of("rice", "500", "g"));
                    }
                }
                List<UsageLedger.Day> days = app.usage().days(31);
                int calls = days.stream().mapToInt(UsageLedger.Day::calls).sum();
                int hits = days.stream().mapToInt(UsageLedger.Day::cacheHits).sum();
                double cost = days.stream().mapToDouble(UsageLedger.Day::costUsd).sum();
                System.out.printf("a month of one household: %d plan requests over 30 days%n", requests);
                System.out.printf("  without caches: %d model calls%n", requests);
                System.out.printf("  with the exact and semantic caches: %d model calls, %d cache hits (%.0f%% hit rate), cost $%.4f%n",
                        calls, hits, 100.0 * hits / requests, cost);
                System.out.printf("  model requests the local server saw: %d%n", server.getRequestCount());
            }
        }
    }
}
