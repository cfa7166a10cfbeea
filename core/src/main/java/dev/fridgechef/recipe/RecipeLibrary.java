package dev.fridgechef.recipe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.unit.GramConversion;
import dev.fridgechef.unit.Units;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in recipes ({@code fridgechef/recipe/library/*.json}, listed in {@code index.txt}),
 * each resolved against the food database. Loading fails loudly on an unknown food or a unit that
 * cannot be weighed, so a broken recipe never reaches a plan.
 */
public final class RecipeLibrary {
    private static final String FOLDER = "fridgechef/recipe/library/";

    private final Map<String, RecipeFacts> recipes;

    private RecipeLibrary(Map<String, RecipeFacts> recipes) {
        this.recipes = recipes;
    }

    public static RecipeLibrary load(FoodDatabase foods) {
        ObjectMapper json = JsonMapper.builder().build();
        CollectionType listOfRecipes = json.getTypeFactory().constructCollectionType(List.class, Recipe.class);
        Map<String, RecipeFacts> out = new LinkedHashMap<>();
        ClassLoader loader = RecipeLibrary.class.getClassLoader();
        for (String file : index(loader)) {
            try (InputStream in = loader.getResourceAsStream(FOLDER + file)) {
                if (in == null) throw new IllegalStateException("recipe file listed but missing: " + file);
                List<Recipe> list = json.readValue(in, listOfRecipes);
                for (Recipe r : list) {
                    if (out.put(r.id(), resolve(r, foods)) != null) throw new IllegalStateException("duplicate recipe id " + r.id());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read recipe file " + file, e);
            }
        }
        return new RecipeLibrary(out);
    }

    private static List<String> index(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) throw new IllegalStateException("missing " + FOLDER + "index.txt");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resolves a recipe's foods and weighs each ingredient; throws when either is impossible. */
    public static RecipeFacts resolve(Recipe r, FoodDatabase foods) {
        List<Food> resolved = new ArrayList<>();
        double[] grams = new double[r.ingredients().size()];
        for (int i = 0; i < grams.length; i++) {
            Recipe.Ingredient ing = r.ingredients().get(i);
            Food food = foods.byId(ing.food())
                    .orElseThrow(() -> new IllegalStateException(r.id() + ": unknown food " + ing.food()));
            var g = GramConversion.toGrams(food, ing.amount(), Units.parse(ing.unit()));
            if (g.isEmpty()) throw new IllegalStateException(r.id() + ": cannot weigh " + ing.amount() + " " + ing.unit() + " of " + food.description());
            resolved.add(food);
            grams[i] = g.getAsDouble();
        }
        return RecipeFacts.of(r, resolved, grams);
    }

    /** A library of exactly these recipes (an AI plan's proposed dishes). */
    public static RecipeLibrary of(Collection<RecipeFacts> recipes) {
        Map<String, RecipeFacts> all = new LinkedHashMap<>();
        for (RecipeFacts f : recipes) all.put(f.recipe().id(), f);
        return new RecipeLibrary(all);
    }

    /** This library with more recipes (the person's imported ones); an id already here is replaced. */
    public RecipeLibrary with(List<RecipeFacts> more) {
        if (more.isEmpty()) return this;
        Map<String, RecipeFacts> all = new LinkedHashMap<>(recipes);
        for (RecipeFacts f : more) all.put(f.recipe().id(), f);
        return new RecipeLibrary(all);
    }

    public Collection<RecipeFacts> all() {
        return recipes.values();
    }

    public Optional<RecipeFacts> byId(String id) {
        return Optional.ofNullable(recipes.get(id));
    }

    public int size() {
        return recipes.size();
    }
}
