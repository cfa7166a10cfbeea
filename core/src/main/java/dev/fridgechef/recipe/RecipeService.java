package dev.fridgechef.recipe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.Lazy;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.UserException;
import org.jdbi.v3.core.Jdbi;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The recipes a plan can use: the built-in library plus what the person imported. */
public final class RecipeService {
    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final FoodDatabase foods;
    private final Lazy<RecipeLibrary> builtIn;
    private final Clock clock;

    public RecipeService(Jdbi jdbi, ObjectMapper json, FoodDatabase foods, Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.foods = foods;
        this.builtIn = new Lazy<>(() -> RecipeLibrary.load(foods));
        this.clock = clock;
    }

    public RecipeLibrary library() {
        List<String> documents = jdbi.withHandle(h -> h.createQuery("SELECT document FROM user_recipe ORDER BY id").mapTo(String.class).list());
        List<RecipeFacts> imported = new ArrayList<>();
        for (String d : documents) {
            RecipeFacts facts = RecipeLibrary.resolve(read(d), foods);
            // recipes imported before key ingredients existed get one by the same heuristic
            Recipe keyed = KeyIngredients.markHeaviest(facts.recipe(), facts.foods(), facts.grams());
            imported.add(keyed == facts.recipe() ? facts : RecipeLibrary.resolve(keyed, foods));
        }
        return builtIn.get().with(imported);
    }

    /** The library with the dishes AI plans created (to show and cook a planned meal; never offered to the offline planner). */
    public RecipeLibrary libraryWithAiDishes() {
        List<String> documents = jdbi.withHandle(h -> h.createQuery("SELECT document FROM ai_dish ORDER BY id").mapTo(String.class).list());
        List<RecipeFacts> dishes = new ArrayList<>();
        for (String d : documents) dishes.add(RecipeLibrary.resolve(read(d), foods));
        RecipeLibrary library = library();
        // a saved dish (now one of the person's recipes) wins over its AI original
        return RecipeLibrary.of(dishes).with(List.copyOf(library.all()));
    }

    /** Keeps the new dishes of an AI plan by {@code source} ("openai/gpt-4o-mini"); a dish already kept stays as it is. */
    public void rememberAiDishes(List<Recipe> dishes, String source) {
        if (dishes.isEmpty()) return;
        jdbi.useTransaction(h -> {
            for (Recipe r : dishes) {
                h.createUpdate("MERGE INTO ai_dish (id, document, source, created_at) KEY (id) VALUES (:id, :d, :s, :t)")
                        .bind("id", r.id()).bind("d", write(r)).bind("s", source.length() > 200 ? source.substring(0, 200) : source)
                        .bind("t", LocalDateTime.now(clock)).execute();
            }
        });
    }

    /** Copies an AI plan's dish into the person's recipes, where plans and {@code fridge cook} use it like any other. */
    public Recipe saveAiDish(String id) {
        String document = jdbi.withHandle(h -> h.createQuery("SELECT document FROM ai_dish WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne()).orElseThrow(() -> new UserException("error.recipe.ai.unknown", id));
        Recipe r = read(document);
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO user_recipe (id, document, unmapped, imported_at) KEY (id) VALUES (:id, :d, '', :t)")
                .bind("id", r.id()).bind("d", document).bind("t", LocalDateTime.now(clock)).execute());
        return r;
    }

    /** Reads JSON-LD and stores every recipe in it (all or none); returns what was read, with unmapped lines. */
    public List<JsonLdRecipeReader.Imported> importJsonLd(Reader in) {
        List<JsonLdRecipeReader.Imported> recipes = new JsonLdRecipeReader(json, new IngredientLineParser(foods)).read(in);
        for (var r : recipes) {
            int lines = r.recipe().ingredients().size() + r.unmapped().size();
            if (r.recipe().ingredients().size() * 2 < lines) {
                throw new UserException("error.recipe.unmapped", r.recipe().title().en(), r.unmapped().size(), lines,
                        String.join("; ", r.unmapped()));
            }
            RecipeLibrary.resolve(r.recipe(), foods); // weighs every ingredient or fails before anything is written
        }
        jdbi.useTransaction(h -> {
            for (var r : recipes) {
                h.createUpdate("MERGE INTO user_recipe (id, document, unmapped, imported_at) KEY (id) VALUES (:id, :d, :u, :t)")
                        .bind("id", r.recipe().id()).bind("d", write(r.recipe())).bind("u", String.join("\n", r.unmapped()))
                        .bind("t", LocalDateTime.now(clock)).execute();
            }
        });
        return recipes;
    }

    private Recipe read(String document) {
        try {
            return json.readValue(document, Recipe.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored recipe is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private String write(Recipe r) {
        try {
            return json.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
