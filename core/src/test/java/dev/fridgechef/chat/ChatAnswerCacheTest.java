package dev.fridgechef.chat;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.MovableClock;
import dev.fridgechef.TestFoods;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.llm.UsageLedger;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.store.Store;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.fridgechef.chat.ConversationChatTest.streamed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat answer cache against a local server in OpenAI's streaming format, counting the requests
 * it gets: an opening question is answered from the cache only when an earlier opening question
 * asked the same today, about the same data, in the same language.
 */
class ChatAnswerCacheTest {
    private static final String PROTEIN = "How much protein should I eat a day?";
    /** A question about the person's own food: its answer is about today's data only. */
    private static final String TONIGHT = "What should I cook tonight with what is in the fridge?";

    @TempDir
    Path dir;
    private MockWebServer server;
    private MovableClock clock;
    private FridgeChef app;

    /** What the model answers next. */
    private volatile String modelAnswer = "?";
    /** Requests the server got before the step being checked. */
    private int before;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    return streamed(modelAnswer);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        server.start();
        clock = new MovableClock(Instant.parse("2026-11-25T09:00:00Z"));
        app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), clock, new LlmSettings(List.of(
                new ProviderSettings("o", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 1)), 5, 5));
        app.profiles().update(dev.fridgechef.demo.SampleData.profile());
        app.inventory().add(ItemDraft.of("chicken breast", "500", "g").withExpires("+2d"));
        app.inventory().add(ItemDraft.of("rice", "1", "kg"));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        server.shutdown();
    }

    /** Asks in a new conversation; the answer, if the server is asked, is {@code modelAnswer}. */
    private ConversationChat.Reply open(String question, boolean russian, String answer) {
        return ask(null, question, russian, answer);
    }

    private ConversationChat.Reply ask(Long conversation, String question, boolean russian, String answer) {
        modelAnswer = answer;
        return app.chat().ask(conversation, question, russian, s -> { });
    }

    /** Starts counting model calls. */
    private void drain() {
        before = server.getRequestCount();
    }

    /** The model calls since {@link #drain}. */
    private int calls() {
        return server.getRequestCount() - before;
    }

    @Test
    void theSameOpeningQuestionAboutTheSameDataIsAnsweredOnceAndServedAgainWithoutAModelCall() throws Exception {
        ConversationChat.Reply first = open(PROTEIN, false, "About 110 g a day.");
        assertThat(first.cached()).isFalse();
        assertThat(calls()).isEqualTo(1);
        modelAnswer = "never sent";

        drain();
        List<String> pieces = new ArrayList<>();
        ConversationChat.Reply again = app.chat().ask(null, "  how much PROTEIN should i eat a day ", false, pieces::add);
        assertThat(calls()).as("no model call").isZero();
        assertThat(again.cached()).isTrue();
        assertThat(again.cachedFrom()).isEqualTo(first.conversation().id());
        assertThat(String.join("", pieces)).isEqualTo("About 110 g a day.");
        assertThat(again.answer().content()).isEqualTo("About 110 g a day.");
        assertThat(again.call().provider()).isEqualTo(ConversationChat.CACHE_PROVIDER);
        // the new conversation looks like any other: its question and the answer
        assertThat(again.conversation().id()).isNotEqualTo(first.conversation().id());
        assertThat(app.conversations().messages(again.conversation().id())).extracting(Message::role, Message::content)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Message.Role.USER, "how much PROTEIN should i eat a day"),
                        org.assertj.core.groups.Tuple.tuple(Message.Role.ASSISTANT, "About 110 g a day."));
        assertThat(app.usage().cacheHitsByKind(1)).containsEntry("chat", 1);
        UsageLedger.Feature chat = app.usage().features(1).stream().filter(f -> f.purpose().equals("chat")).findFirst().orElseThrow();
        assertThat(chat.calls()).isEqualTo(1);
        assertThat(chat.cacheHits()).isEqualTo(1);
    }

    @Test
    void aRewordingAsksTheSameButAnOppositeQuestionDoesNot() throws Exception {
        open(PROTEIN, false, "About 110 g a day.");
        open("Which foods are high in fibre?", false, "Oats, beans, broccoli.");
        drain();
        ConversationChat.Reply reworded = open("What is my daily protein requirement?", false, "never sent");
        assertThat(reworded.cached()).isTrue();
        assertThat(reworded.answer().content()).isEqualTo("About 110 g a day.");
        ConversationChat.Reply opposite = open("Which foods are low in fibre?", false, "White rice, eggs.");
        assertThat(opposite.cached()).isFalse();
        assertThat(opposite.answer().content()).isEqualTo("White rice, eggs.");
        assertThat(calls()).isEqualTo(1);
    }

    @Test
    void anyChangeToTheDataTheModelIsGivenMisses() throws Exception {
        open(TONIGHT, false, "Chicken with rice.");
        drain();
        app.inventory().use("chicken breast", "150", "g");
        assertThat(open(TONIGHT, false, "Still chicken with rice.").cached()).as("one item used").isFalse();
        drain();
        app.plans().plan(new PlanOptions(LocalDate.of(2026, 11, 25), 1, List.of(MealType.LUNCH, MealType.DINNER), true));
        assertThat(open(TONIGHT, false, "Your plan's dinner.").cached()).as("a plan for today").isFalse();
        drain();
        assertThat(open(TONIGHT, false, "never sent").answer().content()).as("nothing changed since").isEqualTo("Your plan's dinner.");
        assertThat(calls()).isZero();
    }

    @Test
    void aGeneralQuestionIsSentWithoutStockPlanOrDateAndServedOnLaterDaysUntilTheProfileChanges() throws Exception {
        List<String> bodies = new ArrayList<>();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                bodies.add(request.getBody().readUtf8());
                try {
                    return streamed(modelAnswer);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        ConversationChat.Reply first = open(PROTEIN, false, "About 110 g a day.");
        assertThat(first.general()).isTrue();
        assertThat(bodies.get(0)).contains("TARGETS_PER_DAY", "HARD_RULES").doesNotContain("STOCK", "chicken", "2026-11-25");
        drain();
        app.inventory().use("chicken breast", "150", "g");
        clock.advance(Duration.ofDays(3));
        ConversationChat.Reply later = open("What is my daily protein requirement?", false, "never sent");
        assertThat(later.cached()).as("a rewording, three days and a stock change later").isTrue();
        assertThat(later.general()).isTrue();
        assertThat(later.cachedFrom()).isEqualTo(first.conversation().id());
        assertThat(calls()).isZero();
        // a personal question about the same is not served the general answer, and is sent with the stock
        ConversationChat.Reply personal = open("Is the chicken in my fridge enough protein for today?", false, "It has 35 g.");
        assertThat(personal.cached()).isFalse();
        assertThat(personal.general()).isFalse();
        assertThat(bodies.get(bodies.size() - 1)).contains("STOCK");
        drain();
        assertThat(open(PROTEIN, true, "Около 110 г в день.").cached()).as("in Russian").isFalse();
        var profile = app.profiles().get();
        app.profiles().update(new dev.fridgechef.profile.ProfileUpdate(profile.sex(), profile.birthYear(), null, profile.heightCm(),
                profile.weightKg() + 10, profile.activity(), profile.goal(), profile.goalRateKgPerWeek(), profile.diet(), profile.flags(),
                profile.allergies(), profile.dislikes()));
        assertThat(open(PROTEIN, false, "About 120 g a day.").cached()).as("the targets changed").isFalse();
        assertThat(calls()).isEqualTo(2);
        clock.advance(Duration.ofDays(ChatAnswerCache.GENERAL_DAYS));
        drain();
        assertThat(open(PROTEIN, false, "About 120 g, asked a month later.").cached()).as("after " + ChatAnswerCache.GENERAL_DAYS + " days").isFalse();
    }

    @Test
    void aQuestionAfterEarlierTurnsAlwaysGoesToTheModel() throws Exception {
        ConversationChat.Reply first = open(PROTEIN, false, "About 110 g a day.");
        ask(first.conversation().id(), "Where do I get it?", false, "Eggs and beans.");
        drain();
        ConversationChat.Reply inTurn = ask(first.conversation().id(), PROTEIN, false, "Yes, about 110 g.");
        assertThat(inTurn.cached()).isFalse();
        assertThat(inTurn.answer().content()).isEqualTo("Yes, about 110 g.");
        assertThat(calls()).isEqualTo(1);
        // the follow-up's answer is never served to an opening question either
        drain();
        assertThat(open("Where do I get it?", false, "Meat, fish, beans.").cached()).isFalse();
    }

    @Test
    void anotherLanguageAnotherDayOrTheFreshOptionMisses() throws Exception {
        open(TONIGHT, false, "Chicken with rice.");
        drain();
        assertThat(open(TONIGHT, true, "Курица с рисом.").cached()).as("in Russian").isFalse();
        modelAnswer = "Asked again.";
        assertThat(app.chat().ask(null, TONIGHT, false, true, s -> { }).cached()).as("--no-cache").isFalse();
        assertThat(calls()).isEqualTo(2);
        drain();
        clock.advance(Duration.ofDays(1));
        assertThat(open(TONIGHT, false, "Chicken with rice, as yesterday.").cached()).as("the next day").isFalse();
        assertThat(calls()).isEqualTo(1);
    }

    @Test
    void aDeletedConversationTakesItsAnswerOutOfTheCacheAndACopyIsNeverServed() throws Exception {
        ConversationChat.Reply first = open(PROTEIN, false, "About 110 g a day.");
        drain();
        ConversationChat.Reply copy = open(PROTEIN, false, "never sent");
        assertThat(copy.cached()).isTrue();
        app.conversations().delete(first.conversation().id());
        assertThat(open(PROTEIN, false, "Now 110 g, asked anew.").cached()).as("the original is gone; the copy is not served").isFalse();
        assertThat(calls()).isEqualTo(1);
        app.conversations().delete(copy.conversation().id());
    }
}
