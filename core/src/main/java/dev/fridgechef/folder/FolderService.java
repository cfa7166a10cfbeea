package dev.fridgechef.folder;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Named folders of saved plans and recipes, favourite recipes and free tags on saved items. A folder
 * name is trimmed and unique whatever its letter case; saving into a folder that does not exist
 * creates it; saving what is already there, or marking a favourite twice, changes nothing.
 */
public final class FolderService {
    public static final int MAX_NAME = 100;
    public static final int MAX_TAG = 60;

    private final FolderRepository store;
    private final LongFunction<Optional<StoredPlan>> plans;
    private final Supplier<RecipeLibrary> recipes;
    private final Clock clock;

    /**
     * @param plans   a stored plan by id
     * @param recipes every recipe a folder may name: the library, the person's own and AI dishes
     */
    public FolderService(Jdbi jdbi, LongFunction<Optional<StoredPlan>> plans, Supplier<RecipeLibrary> recipes, Clock clock) {
        this.store = new FolderRepository(jdbi);
        this.plans = plans;
        this.recipes = recipes;
        this.clock = clock;
    }

    /** What saving did: the folder as it is now, whether it was made for this, whether the item was already in it. */
    public record Saved(Folder folder, boolean folderCreated, boolean alreadyThere) {
    }

    /** A folder and what it holds. */
    public record Contents(Folder folder, List<FolderEntry> entries) {
    }

    public Saved savePlan(long planId, String folder, List<String> tags) {
        plans.apply(planId).orElseThrow(() -> new UserException("error.folder.plan.unknown", planId));
        return save(SavedKind.PLAN, Long.toString(planId), folder, tags);
    }

    public Saved saveRecipe(String recipeId, String folder, List<String> tags) {
        RecipeFacts recipe = recipe(recipeId);
        return save(SavedKind.RECIPE, recipe.recipe().id(), folder, tags);
    }

    private Saved save(SavedKind kind, String ref, String folderName, List<String> tags) {
        String name = name(folderName);
        List<String> cleanTags = tags(tags);
        LocalDateTime now = LocalDateTime.now(clock);
        return store.inTransaction(h -> {
            Optional<Folder> existing = store.byKey(h, key(name));
            long id = existing.isPresent() ? existing.get().id() : store.create(h, name, key(name), now);
            boolean added = store.add(h, id, kind, ref, now);
            for (String t : cleanTags) store.tag(h, kind, ref, t);
            return new Saved(store.byKey(h, key(name)).orElseThrow(), existing.isEmpty(), !added);
        });
    }

    public List<Folder> folders() {
        return store.all();
    }

    public Contents show(String folderName, boolean russian) {
        String name = name(folderName);
        return store.inTransaction(h -> {
            Folder folder = existing(h, name);
            Map<String, List<String>> planTags = store.tags(h, SavedKind.PLAN);
            Map<String, List<String>> recipeTags = store.tags(h, SavedKind.RECIPE);
            RecipeLibrary library = null;
            List<FolderEntry> entries = new ArrayList<>();
            for (FolderRepository.Item item : store.items(h, folder.id())) {
                boolean favourite = store.isFavourite(h, item.kind(), item.ref());
                if (item.kind() == SavedKind.PLAN) {
                    Optional<StoredPlan> plan = plan(item.ref());
                    String title = plan.map(p -> p.plan().start() + " – " + p.plan().start().plusDays(p.plan().days() - 1L)).orElse("");
                    entries.add(new FolderEntry(item.kind(), item.ref(), title, planTags.getOrDefault(item.ref(), List.of()), favourite,
                            plan.isEmpty(), item.addedAt()));
                } else {
                    if (library == null) library = recipes.get();
                    Optional<RecipeFacts> recipe = library.byId(item.ref());
                    entries.add(new FolderEntry(item.kind(), item.ref(), recipe.map(r -> r.recipe().title(russian)).orElse(""),
                            recipeTags.getOrDefault(item.ref(), List.of()), favourite, recipe.isEmpty(), item.addedAt()));
                }
            }
            return new Contents(folder, entries);
        });
    }

    public Folder rename(String oldName, String newName) {
        String from = name(oldName);
        String to = name(newName);
        return store.inTransaction(h -> {
            Folder folder = existing(h, from);
            Optional<Folder> clash = store.byKey(h, key(to));
            if (clash.isPresent() && clash.get().id() != folder.id()) throw new UserException("error.folder.exists", clash.get().name());
            store.rename(h, folder.id(), to, key(to));
            return store.byKey(h, key(to)).orElseThrow();
        });
    }

    /** Deletes a folder and its entries; the plans and recipes stay. Returns the folder as it was. */
    public Folder remove(String folderName) {
        String name = name(folderName);
        return store.inTransaction(h -> {
            Folder folder = existing(h, name);
            store.delete(h, folder.id());
            return folder;
        });
    }

    /** Marks a recipe a favourite; false when it already was one. */
    public boolean favourite(String recipeId) {
        return store.favour(SavedKind.RECIPE, recipe(recipeId).recipe().id(), LocalDateTime.now(clock));
    }

    /** Unmarks a favourite recipe (any id, so one no longer in the library can be unmarked); false when it was not one. */
    public boolean unfavourite(String recipeId) {
        String id = recipeId == null ? "" : recipeId.trim();
        if (id.isEmpty()) throw new UserException("error.recipe.unknown", id);
        return store.unfavour(SavedKind.RECIPE, id);
    }

    /** Ids of the favourite recipes, the newest first. */
    public List<String> favouriteRecipes() {
        return store.favourites(SavedKind.RECIPE);
    }

    private Folder existing(Handle h, String name) {
        return store.byKey(h, key(name)).orElseThrow(() -> new UserException("error.folder.unknown", name));
    }

    private Optional<StoredPlan> plan(String ref) {
        try {
            return plans.apply(Long.parseLong(ref));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private RecipeFacts recipe(String id) {
        String trimmed = id == null ? "" : id.trim();
        return recipes.get().byId(trimmed).orElseThrow(() -> new UserException("error.recipe.unknown", trimmed));
    }

    static String name(String text) {
        String name = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) throw new UserException("error.folder.name.empty");
        if (name.length() > MAX_NAME) throw new UserException("error.folder.name.long", MAX_NAME);
        return name;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static List<String> tags(List<String> tags) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tags == null ? List.<String>of() : tags) {
            String tag = t == null ? "" : t.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) throw new UserException("error.folder.tag.empty");
            if (tag.length() > MAX_TAG) throw new UserException("error.folder.tag.long", MAX_TAG);
            out.add(tag);
        }
        return List.copyOf(out);
    }
}
