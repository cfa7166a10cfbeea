package dev.fridgechef.chat;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.demo.SampleData;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.llm.UsageLedger;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.store.Store;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Questions the app answers itself: from the stock, the recipe library and the plan, with no request to the provider. */
class LocalAnswerTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    Path dir;
    private MockWebServer server;
    private FridgeChef app;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), TestStores.CLOCK, new LlmSettings(List.of(
                new ProviderSettings("o", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 1)), 5, 5));
        app.profiles().update(SampleData.profile());
        app.inventory().add(ItemDraft.of("rice", "2", "kg"));
        app.inventory().add(ItemDraft.of("cod", "400", "g").withExpires("+1d"));
        app.inventory().add(ItemDraft.of("chicken breast", "600", "g").withExpires("+3d"));
        app.inventory().add(ItemDraft.of("yogurt", "500", "g").withExpires("+20d"));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        server.shutdown();
    }

    @Test
    void useFirstListsWhatExpiresWithinAWeekSoonestFirstWithDishesThatUseIt() {
        List<String> streamed = new ArrayList<>();
        var reply = app.chat().ask(null, "Which food in my fridge should I use first?", false, streamed::add);
        String text = reply.answer().content();
        assertThat(reply.answeredLocally()).isTrue();
        assertThat(server.getRequestCount()).isZero();
        assertThat(streamed).containsExactly(text);
        assertThat(text).contains("cod, 400 g — expires tomorrow", "chicken breast, 600 g — expires in 3 days").doesNotContain("yogurt");
        assertThat(text.indexOf("cod")).isLessThan(text.indexOf("chicken"));
        assertThat(app.usage().cacheHitsByKind(1)).containsEntry("local", 1);
        assertThat(app.conversations().messages(reply.conversation().id())).hasSize(2);
    }

    @Test
    void inRussianTheUnitsAndWordsAreRussian() {
        String text = app.chat().ask(null, "Что в моём холодильнике скоро испортится?", true, s -> { }).answer().content();
        assertThat(text).contains("cod, 400 г — истекает завтра", "через 3 дн.").doesNotContain(" g ");
    }

    @Test
    void cookNowOffersDishesWhoseKeyIngredientsAreInStockWithNutritionPerServingFromTheFoodDatabase() {
        SampleData.fridge().forEach(app.inventory()::add);
        var reply = app.chat().ask(null, "What should I cook tonight with what is in the fridge?", false, s -> { });
        String text = reply.answer().content();
        System.out.println(text + "\n" + app.cooking().suggestions(1, null).stream().limit(5).map(s -> s.recipe().recipe().id() + " " + s.keyInStock() + " " + s.missing()).toList());
        assertThat(server.getRequestCount()).isZero();
        List<dev.fridgechef.plan.CookService.Suggestion> expected = app.cooking().suggestions(1, MealType.DINNER).stream()
                .filter(dev.fridgechef.plan.CookService.Suggestion::keyInStock).limit(3).toList();
        assertThat(expected).isNotEmpty();
        assertThat(text).startsWith("For dinner you can cook these");
        for (var s : expected) {
            assertThat(text).contains(s.recipe().recipe().title(false) + " — " + Math.round(s.recipe().energyPerServing()) + " kcal, "
                    + Math.round(s.recipe().proteinPerServing()) + " g protein a serving");
        }
    }

    @Test
    void withNoDishTheStockCanMakeTheQuestionGoesToTheModelOrWithNoneTheAppSaysSo() throws Exception {
        server.enqueue(ConversationChatTest.streamed("Pan-fry the cod."));
        var reply = app.chat().ask(null, "What can I cook now?", false, s -> { });
        assertThat(reply.answeredLocally()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
        try (FridgeChef offline = new FridgeChef(Store.open(dir.resolve("offline")), TestFoods.get(), TestStores.CLOCK)) {
            offline.inventory().add(ItemDraft.of("cod", "400", "g"));
            assertThat(offline.chat().ask(null, "What can I cook now?", false, s -> { }).answer().content())
                    .startsWith("No dish in the recipe library can be made from your stock");
        }
    }

    @Test
    void planCheckComparesTodaysStoredPlanWithItsTargets() {
        assertThat(app.chat().ask(null, "Does my plan for today have enough protein?", false, s -> { }).answer().content())
                .isEqualTo("There is no plan for today. fridge plan makes one from your stock.");
        MealPlan plan = app.plans().plan(new PlanOptions(TODAY, 1, List.of(MealType.LUNCH, MealType.DINNER), true)).plan();
        MealPlan.Day day = plan.plan().get(0);
        String text = app.chat().ask(null, "Is there enough protein in today's plan?", false, s -> { }).answer().content();
        assertThat(text).contains("energy " + Math.round(day.energy()) + " kcal of the target " + Math.round(plan.energyTarget()),
                "protein " + Math.round(day.protein()) + " g of the target " + Math.round(plan.proteinTarget()) + " g",
                day.meals().get(0).titleEn());
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anyOtherQuestionOrAskingFreshGoesToTheModel() throws Exception {
        server.enqueue(ConversationChatTest.streamed("Use the cod."));
        var reply = app.chat().ask(null, "Which food in my fridge should I use first?", false, true, s -> { });
        assertThat(reply.answeredLocally()).isFalse();
        assertThat(reply.answer().content()).isEqualTo("Use the cod.");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void withNoProviderOnlyTheQuestionsTheAppAnswersItselfCanBeAsked() {
        try (FridgeChef offline = new FridgeChef(Store.open(dir.resolve("offline")), TestFoods.get(), TestStores.CLOCK)) {
            offline.inventory().add(ItemDraft.of("cod", "400", "g").withExpires("+1d"));
            assertThat(offline.chat().ask(null, "What expires soon?", false, s -> { }).answer().content()).contains("cod, 400 g");
            assertThatThrownBy(() -> offline.chat().ask(null, "Is oatmeal good for losing weight?", false, s -> { }))
                    .isInstanceOf(UserException.class);
        }
    }
}
