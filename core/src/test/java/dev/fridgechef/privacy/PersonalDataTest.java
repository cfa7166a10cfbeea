package dev.fridgechef.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.FridgeChef;
import dev.fridgechef.Json;
import dev.fridgechef.TestStores;
import dev.fridgechef.job.JobRunner;
import dev.fridgechef.llm.LlmKeys;
import dev.fridgechef.llm.UsageLedger;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.recipe.MealType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Export of everything about the person, and erasure of it all. */
class PersonalDataTest {
    private static final String KEY = "sk-test-0123456789abcdef";
    /** Tables that hold no personal data: Flyway's record of the migrations applied. */
    private static final Set<String> NOT_PERSONAL = Set.of("flyway_schema_history");

    @TempDir
    Path dir;
    private FridgeChef app;
    private Path config;
    private Path backups;
    private final AtomicInteger compactions = new AtomicInteger();
    private PersonalData data;

    @BeforeEach
    void populate() throws Exception {
        app = TestStores.openWithSample(dir);
        config = dir.resolve("config");
        backups = dir.resolve("backups");
        data = app.personalData(config, compactions::incrementAndGet);

        StoredPlan plan = app.plans().plan(new PlanOptions(LocalDate.of(2026, 11, 25), 1, List.of(MealType.LUNCH, MealType.DINNER), false));
        var day = plan.plan().plan().get(0);
        app.planMarks().cooked(plan.id(), day.date(), day.meals().get(0).meal(), day.meals().get(0).recipeId());
        app.planMarks().checkShopping(plan.id(), "11260", true);
        app.folders().savePlan(plan.id(), "Week ideas", List.of("Quick"));
        app.folders().favourite(day.meals().get(0).recipeId());
        app.recipes().importJsonLd(new StringReader("{\"@type\":\"Recipe\",\"name\":\"Egg toast\",\"recipeIngredient\":"
                + "[\"2 large eggs\",\"1 cup milk\",\"2 slices bread\",\"a handful of love\"]}"));
        app.usage().record(new UsageLedger.Call("openrouter", "llama", "plan", 1200, 800, 0.0012, 950, false, "ok"));
        app.jobs().submit(JobRunner.AI_PLAN, app.json().writeValueAsString(new PlanOptions(LocalDate.of(2026, 11, 26), 2,
                List.of(MealType.DINNER), false)));

        LlmKeys.in(config).put("OPENROUTER_API_KEY", KEY);
        Files.writeString(config.resolve("llm.json"), """
                { "monthly_budget_usd": 7, "api_key": "inline-secret",
                  "providers": [ { "name": "openrouter", "kind": "openai", "api_key_env": "OPENROUTER_API_KEY",
                                   "tokens_per_minute": 1000, "apiKey": "another-secret", "headers": { "Authorization": "Bearer x" },
                                   "note": "%s" } ] }""".formatted(KEY));
        Files.writeString(config.resolve("gui.json"), "{\"language\": \"ru\", \"theme\": \"DARK\"}");
        Files.writeString(config.resolve("store.json"), "{\"data_folder\": \"/somewhere\"}");
        Files.createDirectories(backups);
        Files.writeString(backups.resolve("fridgechef-2026-11-24.zip"), "backup");
        Files.writeString(backups.resolve("fridgechef-2026-11-17-weekly.zip"), "backup");
        Files.writeString(backups.resolve("notes.txt"), "not a backup");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void exportHoldsEverySection() throws Exception {
        JsonNode doc = data.export();
        assertThat(doc.get("format").asText()).isEqualTo("fridgechef-personal-data");
        assertThat(doc.get("version").asInt()).isEqualTo(2);
        assertThat(doc.get("exported_at").asText()).isEqualTo("2026-11-25T10:00Z");

        JsonNode profile = doc.get("profile");
        assertThat(profile.get("user_name").asText()).isEqualTo("default");
        assertThat(profile.get("document").get("sex").asText()).isEqualTo("FEMALE");
        assertThat(profile.get("updated_at").asText()).startsWith("2026-11-25T10:00");

        assertThat(doc.get("stock")).hasSize(24);
        JsonNode spinach = find(doc.get("stock"), "name", "spinach");
        assertThat(spinach.get("quantity").isNumber()).isTrue();
        assertThat(spinach.get("location").asText()).isEqualTo("FRIDGE");
        assertThat(spinach.get("added_on").asText()).isEqualTo("2026-11-25");

        JsonNode plan = doc.get("plans").get(0);
        assertThat(plan.get("source").asText()).isEqualTo("offline");
        assertThat(plan.get("plan_json").get("plan").get(0).get("meals")).isNotEmpty();
        assertThat(doc.get("cooked_meals")).singleElement().satisfies(c -> assertThat(c.get("plan_id").asLong()).isEqualTo(plan.get("id").asLong()));
        assertThat(doc.get("shopping_checks")).singleElement().satisfies(c -> assertThat(c.get("food_id").asText()).isEqualTo("11260"));

        assertThat(doc.get("folders")).singleElement().satisfies(f -> assertThat(f.get("name").asText()).isEqualTo("Week ideas"));
        assertThat(doc.get("folder_items")).singleElement().satisfies(i -> assertThat(i.get("ref").asText()).isEqualTo(plan.get("id").asText()));
        assertThat(doc.get("saved_tags")).singleElement().satisfies(t -> assertThat(t.get("tag").asText()).isEqualTo("quick"));
        assertThat(doc.get("favourites")).singleElement().satisfies(f -> assertThat(f.get("kind").asText()).isEqualTo("recipe"));

        JsonNode recipe = doc.get("user_recipes").get(0);
        assertThat(recipe.get("document").get("title").get("en").asText()).isEqualTo("Egg toast");
        assertThat(recipe.get("unmapped")).extracting(JsonNode::asText).containsExactly("a handful of love");

        JsonNode call = doc.get("ai_usage").get(0);
        assertThat(call.get("tokens_in").asLong()).isEqualTo(1200);
        assertThat(call.get("cost_usd").asDouble()).isEqualTo(0.0012);
        assertThat(call.get("cache_hit").asBoolean()).isFalse();

        JsonNode job = doc.get("jobs").get(0);
        assertThat(job.get("status").asText()).isEqualTo("QUEUED");
        assertThat(job.get("request").get("days").asInt()).isEqualTo(2);

        JsonNode settings = doc.get("settings");
        assertThat(settings.get("llm").get("monthly_budget_usd").asInt()).isEqualTo(7);
        JsonNode provider = settings.get("llm").get("providers").get(0);
        assertThat(provider.get("api_key_env").asText()).isEqualTo("OPENROUTER_API_KEY");
        assertThat(provider.get("tokens_per_minute").asInt()).isEqualTo(1000);
        assertThat(provider.has("apiKey")).isFalse();
        assertThat(provider.get("headers").has("Authorization")).isFalse();
        assertThat(settings.get("keys_saved_for")).extracting(JsonNode::asText).containsExactly("OPENROUTER_API_KEY");
        assertThat(settings.get("gui").get("language").asText()).isEqualTo("ru");
        assertThat(settings.get("store").get("data_folder").asText()).isEqualTo("/somewhere");

        String text = Json.mapper().writeValueAsString(doc);
        assertThat(text).doesNotContain(KEY).doesNotContain("inline-secret").doesNotContain("another-secret").doesNotContain("Bearer");
    }

    @Test
    void everyTableOfTheSchemaIsExportedAndErased() {
        Set<String> exported = new TreeSet<>();
        PersonalTables.ALL.forEach(t -> exported.add(t.name()));
        assertThat(exported).as("tables of the schema that hold personal data; add a new one to PersonalTables")
                .isEqualTo(personalTablesOfTheSchema());
        JsonNode doc = data.export();
        PersonalTables.ALL.forEach(t -> assertThat(doc.has(t.section())).as(t.section()).isTrue());
    }

    @Test
    void forgetErasesEveryRowTheKeysThePreferencesAndTheBackups() {
        PersonalData.Erased erased = data.forget();

        for (String table : personalTablesOfTheSchema()) {
            int rows = app.store().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
            assertThat(rows).as(table).isZero();
        }
        assertThat(erased.rows().get("inventory_item")).isEqualTo(24);
        assertThat(erased.rows()).containsEntry("folder", 1).containsEntry("folder_item", 1).containsEntry("favourite", 1).containsEntry("saved_tag", 1);
        assertThat(app.folders().folders()).isEmpty();
        assertThat(erased.totalRows()).isGreaterThan(24);
        assertThat(config.resolve("keys.properties")).doesNotExist();
        assertThat(config.resolve("llm.json")).doesNotExist();
        assertThat(config.resolve("gui.json")).doesNotExist();
        assertThat(config.resolve("store.json")).as("where the store lives is kept").exists();
        assertThat(backups.resolve("fridgechef-2026-11-24.zip")).doesNotExist();
        assertThat(backups.resolve("fridgechef-2026-11-17-weekly.zip")).doesNotExist();
        assertThat(backups.resolve("notes.txt")).exists();
        assertThat(erased.files()).hasSize(5);
        assertThat(compactions).hasValue(1);

        JsonNode after = data.export();
        assertThat(after.get("profile").isNull()).isTrue();
        assertThat(after.get("stock")).isEmpty();
        assertThat(after.get("settings").get("llm").isNull()).isTrue();
        assertThat(app.inventory().list()).isEmpty();
    }

    @Test
    void exportToWritesTheFileForTheOwnerOnly() throws Exception {
        Path file = Files.createDirectories(dir.resolve("out")).resolve("everything.json");
        data.exportTo(file);
        JsonNode read = Json.mapper().readTree(file.toFile());
        assertThat(read.get("format").asText()).isEqualTo(PersonalData.FORMAT);
        assertThat(read.get("stock")).hasSize(24);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void keyLikeFieldNames() {
        assertThat(List.of("api_key", "apiKey", "key", "secret", "client-secret", "password", "access_token", "Authorization", "bearer"))
                .allMatch(SettingsFiles::secretName);
        assertThat(List.of("api_key_env", "tokens_per_minute", "max_tokens", "model", "base_url", "keywords", "monthly_budget_usd"))
                .noneMatch(SettingsFiles::secretName);
    }

    private Set<String> personalTablesOfTheSchema() {
        List<String> names = app.store().jdbi().withHandle(h -> h.createQuery(
                "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")
                .mapTo(String.class).list());
        Set<String> tables = new TreeSet<>(names);
        tables.removeAll(NOT_PERSONAL);
        return tables;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) if (n.path(field).asText().equals(value)) return n;
        throw new AssertionError("no " + field + " = " + value + " in " + array);
    }
}
