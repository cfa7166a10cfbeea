package dev.fridgechef.photo;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.Json;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.llm.StoredCallLimits;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The vision call against a local server speaking each provider's real wire format: the image and
 * the schema in the request, a good answer mapped to database foods, a non-food answer, ids the
 * model invents, a 429 then success, and the same photo never asked twice.
 */
class PhotoRecognizerTest {
    static final String GOOD = """
            {"is_food": true, "dishes": [{"name_en": "Grilled chicken with rice and tomatoes", "name_ru": "Курица гриль с рисом и помидорами",
              "components": [{"name": "chicken breast roasted", "food_id": "05064", "grams": 150},
                             {"name": "rice white cooked", "food_id": "", "grams": 180},
                             {"name": "tomato raw", "food_id": "11529", "grams": 120}]}]}""";
    static final String NOT_FOOD = "{\"is_food\": false, \"dishes\": []}";
    /** An id that is no database food, a real id of another food (peanut butter) under a chicken's name, and a food that exists nowhere. */
    static final String INVENTED = """
            {"is_food": true, "dishes": [{"name_en": "Mystery plate", "name_ru": "Загадочная тарелка",
              "components": [{"name": "rice white cooked", "food_id": "99999", "grams": 180},
                             {"name": "chicken breast", "food_id": "16098", "grams": 140},
                             {"name": "zorblax nebula paste", "food_id": "77777", "grams": 40}]}]}""";

    @TempDir
    Path dir;
    private MockWebServer server;
    private FridgeChef app;
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        app = TestStores.open(dir);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        server.shutdown();
    }

    private ProviderSettings provider(ProviderKind kind) {
        String path = switch (kind) {
            case OPENAI, ANTHROPIC -> "/v1";
            case GEMINI -> "/v1beta";
            case OLLAMA -> "";
        };
        return new ProviderSettings(kind.key(), kind, server.url(path).toString(), kind.key() + "-chat", "sk-test-secret", 1, 1, 30, 200_000,
                kind.key() + "-vision");
    }

    private PhotoRecognizer recognizer(FridgeChef on, ProviderSettings... providers) {
        LlmGateway gateway = new LlmGateway(List.of(providers), new LlmGateway.Limits(2, Duration.ofSeconds(20), Duration.ofMillis(200),
                Duration.ofSeconds(10)), waits::add, 7, new StoredCallLimits(on.store().jdbi(), TestStores.CLOCK, 5, 5, 0.5));
        return new PhotoRecognizer(gateway.forVision().forPurpose(PhotoRecognizer.PURPOSE), TestFoods.get(),
                new PhotoCache(on.store().jdbi(), TestStores.CLOCK), on.usage(), dir.resolve("photos"), Json.mapper());
    }

    /** {@code content} as the model's answer in {@code kind}'s wire format. */
    static MockResponse answer(ProviderKind kind, String content) {
        String q = quote(content);
        String body = switch (kind) {
            case OPENAI -> "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"openai-vision\","
                    + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + q + "},\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":1200,\"completion_tokens\":150,\"total_tokens\":1350}}";
            case GEMINI -> "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":" + q + "}],\"role\":\"model\"},\"finishReason\":\"STOP\"}],"
                    + "\"usageMetadata\":{\"promptTokenCount\":400,\"candidatesTokenCount\":150,\"totalTokenCount\":550}}";
            case ANTHROPIC -> "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"anthropic-vision\",\"content\":[{\"type\":\"text\","
                    + "\"text\":" + q + "}],\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":1400,\"output_tokens\":150}}";
            case OLLAMA -> "{\"model\":\"ollama-vision\",\"created_at\":\"2026-11-25T10:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":"
                    + q + "},\"done\":true,\"prompt_eval_count\":900,\"eval_count\":150}";
        };
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    static String quote(String s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Path plate() {
        return PhotoFixtures.copy(PhotoFixtures.JPEG, dir, "dish.jpg");
    }

    @ParameterizedTest
    @EnumSource(ProviderKind.class)
    void sendsTheImageAndTheSchemaInTheProvidersWireFormat(ProviderKind kind) throws Exception {
        server.enqueue(answer(kind, GOOD));
        Path file = plate();
        PhotoDraft draft = recognizer(app, provider(kind)).recognize(file, false);
        assertThat(draft.source()).isEqualTo(kind.key() + "/" + kind.key() + "-vision");

        RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(sent).isNotNull();
        String body = sent.getBody().readUtf8();
        String flat = body.replaceAll("\\s", "");
        String image = PhotoInput.read(file).base64();
        assertThat(body).contains(image).contains("You read a photo of a meal");
        assertThat(flat).contains("is_food").contains("components").contains("grams");
        switch (kind) {
            case OPENAI -> {
                assertThat(sent.getPath()).isEqualTo("/v1/chat/completions");
                assertThat(flat).contains("\"model\":\"openai-vision\"")
                        .contains("\"type\":\"image_url\"").contains("\"url\":\"data:image/jpeg;base64," + image + "\"")
                        .contains("\"type\":\"json_schema\"").contains("\"name\":\"fridge_chef_photo\"").contains("\"strict\":true");
            }
            case ANTHROPIC -> {
                assertThat(sent.getPath()).isEqualTo("/v1/messages");
                assertThat(flat).contains("\"model\":\"anthropic-vision\"")
                        .contains("{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/jpeg\",\"data\":\"" + image + "\"}}")
                        .contains("\"output_config\":{\"format\":{\"type\":\"json_schema\"");
            }
            case GEMINI -> {
                assertThat(sent.getPath()).startsWith("/v1beta/models/gemini-vision:generateContent");
                assertThat(flat).contains("\"inlineData\":{\"mimeType\":\"image/jpeg\",\"data\":\"" + image + "\"}")
                        .contains("\"responseMimeType\":\"application/json\",\"responseSchema\"");
            }
            case OLLAMA -> {
                assertThat(sent.getPath()).isEqualTo("/api/chat");
                assertThat(flat).contains("\"model\":\"ollama-vision\"").contains("\"images\":[\"" + image + "\"]")
                        .contains("\"format\":{\"type\":\"object\"");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ProviderKind.class)
    void aGoodAnswerMapsToDatabaseFoodsWithTheDatabasesEnergy(ProviderKind kind) {
        server.enqueue(answer(kind, GOOD));
        PhotoDraft draft = recognizer(app, provider(kind)).recognize(plate(), false);
        assertThat(draft.food()).isTrue();
        assertThat(draft.cached()).isFalse();
        assertThat(draft.dishes()).singleElement().satisfies(d -> {
            assertThat(d.nameEn()).isEqualTo("Grilled chicken with rice and tomatoes");
            assertThat(d.nameRu()).isEqualTo("Курица гриль с рисом и помидорами");
        });
        assertThat(draft.items()).extracting(PhotoDraft.Item::grams).containsExactly(150.0, 180.0, 120.0);
        assertThat(draft.unmatched()).isEmpty();
        assertThat(draft.items().get(0).foodId()).isEqualTo("05064");
        assertThat(draft.items().get(2).foodId()).isEqualTo("11529");
        assertThat(TestFoods.get().byId(draft.items().get(1).foodId()).orElseThrow().description()).containsIgnoringCase("rice").contains("cooked");
        double expected = draft.items().stream().mapToDouble(i -> TestFoods.get().byId(i.foodId()).orElseThrow().per100g()
                .getOrZero(Nutrient.ENERGY) * i.grams() / 100).sum();
        assertThat(draft.energyKcal()).isCloseTo(expected, within(0.01)).isBetween(400.0, 700.0);
        Integer calls = app.store().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM llm_call WHERE purpose = 'photo' AND outcome = 'ok'")
                .mapTo(Integer.class).one());
        assertThat(calls).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ProviderKind.class)
    void aNonFoodAnswerIsADraftWithNothingInIt(ProviderKind kind) {
        server.enqueue(answer(kind, NOT_FOOD));
        PhotoDraft draft = recognizer(app, provider(kind)).recognize(plate(), false);
        assertThat(draft.food()).isFalse();
        assertThat(draft.empty()).isTrue();
        assertThat(draft.energyKcal()).isZero();
        assertThat(PhotoDraftText.render(draft, dev.fridgechef.i18n.Messages.english())).contains("does not look like food");
    }

    @ParameterizedTest
    @EnumSource(ProviderKind.class)
    void foodsTheModelInventsAreNeverTrusted(ProviderKind kind) {
        server.enqueue(answer(kind, INVENTED));
        PhotoDraft draft = recognizer(app, provider(kind)).recognize(plate(), false);
        List<PhotoDraft.Item> items = draft.items();
        assertThat(items).hasSize(3);
        // 99999 is no food: mapped by its name, as the same name without an id
        assertThat(items.get(0).matched()).isTrue();
        assertThat(items.get(0).foodId()).isNotEqualTo("99999").isEqualTo(new PhotoFoods(TestFoods.get()).match("rice white cooked", "").orElseThrow().id());
        // 16098 is peanut butter, not chicken: the name wins
        assertThat(items.get(1).foodId()).isNotEqualTo("16098");
        assertThat(TestFoods.get().byId(items.get(1).foodId()).orElseThrow().description()).startsWith("Chicken");
        // no such food anywhere: left for the person, not counted
        assertThat(items.get(2).matched()).isFalse();
        assertThat(items.get(2).seen()).isEqualTo("zorblax nebula paste");
        assertThat(draft.unmatched()).hasSize(1);
        assertThat(draft.energyKcal()).isCloseTo(items.get(0).kcal() + items.get(1).kcal(), within(0.001));
    }

    @ParameterizedTest
    @EnumSource(ProviderKind.class)
    void a429IsWaitedOutAndThenTheAnswerCounts(ProviderKind kind) throws Exception {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2").setBody("{\"error\":{\"message\":\"slow down\"}}"));
        server.enqueue(answer(kind, GOOD));
        PhotoDraft draft = recognizer(app, provider(kind)).recognize(plate(), false);
        assertThat(draft.matched()).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(ProviderKind.class)
    void theSamePhotoNeverCostsASecondCallEvenInAnotherProcess(ProviderKind kind) throws Exception {
        server.enqueue(answer(kind, GOOD));
        Path file = plate();
        PhotoDraft first = recognizer(app, provider(kind)).recognize(file, false);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();

        // another name, the same bytes
        Path copy = Files.copy(file, dir.resolve("again.jpeg"));
        PhotoDraft second = recognizer(app, provider(kind)).recognize(copy, false);
        assertThat(second.cached()).isTrue();
        assertThat(second.items()).isEqualTo(first.items());

        app.close();
        app = TestStores.open(dir); // the store as the next process sees it
        PhotoDraft third = recognizer(app).recognize(file, false); // no provider needed for a photo already read
        assertThat(third.cached()).isTrue();
        assertThat(third.source()).isEqualTo(first.source());
        assertThat(third.energyKcal()).isCloseTo(first.energyKcal(), within(0.001));
        assertThat(server.takeRequest(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(app.usage().cacheHitsByKind(1)).containsEntry("photo", 2); // the copy and the next process
    }

    @Test
    void aNonFoodAnswerIsKeptToo() throws Exception {
        server.enqueue(answer(ProviderKind.OPENAI, NOT_FOOD));
        Path file = plate();
        recognizer(app, provider(ProviderKind.OPENAI)).recognize(file, false);
        PhotoDraft again = recognizer(app, provider(ProviderKind.OPENAI)).recognize(file, false);
        assertThat(again.food()).isFalse();
        assertThat(again.cached()).isTrue();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void withoutAProviderTheManualPathIsNamed() {
        assertThatThrownBy(() -> recognizer(app).recognize(plate(), false)).isInstanceOfSatisfying(UserException.class, e -> {
            assertThat(e.key()).isEqualTo("error.photo.no_provider");
            assertThat(e.getMessage()).contains("fridge ate apple 150 g");
        });
    }

    @Test
    void anUnreadableAnswerIsNotKeptAndSaysSo() throws Exception {
        server.enqueue(answer(ProviderKind.OPENAI, "I can see a plate with chicken and rice."));
        Path file = plate();
        assertThatThrownBy(() -> recognizer(app, provider(ProviderKind.OPENAI)).recognize(file, false))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.photo.answer"));
        assertThat(new PhotoCache(app.store().jdbi(), TestStores.CLOCK).find(PhotoInput.read(file).sha256())).isEmpty();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        String outcome = app.store().jdbi().withHandle(h -> h.createQuery("SELECT outcome FROM llm_call WHERE purpose = 'photo'").mapTo(String.class).one());
        assertThat(outcome).isEqualTo("unusable: not the JSON asked for");
    }

    @Test
    void whenNoProviderAnswersTheAttemptsAreNamed() throws Exception {
        for (int i = 0; i < 3; i++) server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\":\"boom\"}"));
        assertThatThrownBy(() -> recognizer(app, provider(ProviderKind.OPENAI)).recognize(plate(), false))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.photo.failed");
                    assertThat(e.getMessage()).contains("openai server error 500").contains("fridge ate apple 150 g");
                });
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void aWrongFileCostsNoCall() throws Exception {
        Path text = Files.writeString(dir.resolve("dish.jpg"), "not a photo");
        assertThatThrownBy(() -> recognizer(app, provider(ProviderKind.OPENAI)).recognize(text, false))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.photo.not_image"));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void thePhotoIsKeptOnlyWhenAskedAndThenWithoutMetadata() throws Exception {
        server.enqueue(answer(ProviderKind.OPENAI, GOOD));
        Path file = plate();
        PhotoRecognizer recognizer = recognizer(app, provider(ProviderKind.OPENAI));
        PhotoDraft draft = recognizer.recognize(file, false);
        assertThat(dir.resolve("photos")).doesNotExist();
        recognizer.recognize(file, true);
        Path kept = recognizer.keptPhoto(draft.sha256());
        assertThat(kept).exists().hasParent(dir.resolve("photos"));
        assertThat(Files.readAllBytes(kept)).isEqualTo(PhotoInput.read(file).jpeg());
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theModelsNamesAreCleanedAndItsGramsBounded() throws Exception {
        String unsafe = """
                {"is_food": true, "dishes": [{"name_en": "Soup\\u001b[31m\\u202e", "name_ru": "",
                  "components": [{"name": "tomato raw\\u0007", "food_id": "", "grams": 99999},
                                 {"name": "rice white cooked", "food_id": "", "grams": 0},
                                 {"name": "", "food_id": "", "grams": 10}]}]}""";
        server.enqueue(answer(ProviderKind.OPENAI, unsafe));
        PhotoDraft draft = recognizer(app, provider(ProviderKind.OPENAI)).recognize(plate(), false);
        assertThat(draft.dishes()).singleElement().satisfies(d -> {
            assertThat(d.nameEn()).isEqualTo("Soup[31m");
            assertThat(d.nameRu()).isEqualTo("Soup[31m");
        });
        assertThat(draft.items()).singleElement().satisfies(i -> {
            assertThat(i.seen()).isEqualTo("tomato raw");
            assertThat(i.grams()).isEqualTo(2000.0);
        });
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void forgettingThePersonErasesTheKeptAnswersAndPhotos() throws Exception {
        server.enqueue(answer(ProviderKind.OPENAI, GOOD));
        PhotoRecognizer recognizer = recognizer(app, provider(ProviderKind.OPENAI));
        PhotoDraft draft = recognizer.recognize(plate(), true);
        Path kept = recognizer.keptPhoto(draft.sha256());
        Path unrelated = Files.writeString(dir.resolve("photos").resolve("notes.txt"), "mine");
        var data = app.personalData(dir.resolve("config"), () -> { });
        assertThat(data.export().path("photo_recognitions")).singleElement()
                .satisfies(row -> assertThat(row.path("sha256").asText()).isEqualTo(draft.sha256()));

        var erased = data.forget();
        assertThat(erased.rows()).containsEntry("photo_recognition", 1);
        assertThat(erased.files()).contains(kept);
        assertThat(kept).doesNotExist();
        assertThat(unrelated).exists();
        assertThat(new PhotoCache(app.store().jdbi(), TestStores.CLOCK).find(draft.sha256())).isEmpty();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void aCorrectionByNameFindsTheFoodAsTheModelsNamesAre() {
        server.enqueue(answer(ProviderKind.OPENAI, INVENTED));
        PhotoRecognizer recognizer = recognizer(app, provider(ProviderKind.OPENAI));
        PhotoDraft draft = recognizer.recognize(plate(), false);
        PhotoDraft corrected = draft.withFood(3, recognizer.food("buckwheat cooked").orElseThrow());
        assertThat(corrected.items().get(2).foodId()).isEqualTo("20010");
        assertThat(corrected.unmatched()).isEmpty();
        assertThat(recognizer.food("гречка")).isPresent();
        assertThat(recognizer.food("zorblax")).isEmpty();
    }
}
