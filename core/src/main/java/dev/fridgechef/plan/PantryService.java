package dev.fridgechef.plan;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.text.TextNormalizer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pantry staples a plan assumes at home (salt, pepper, oil, spices, flour, sugar ...): the
 * defaults of {@link Pantry} until the person edits the list, then their own list from the store.
 */
public final class PantryService {
    private final Jdbi jdbi;
    private final FoodDatabase foods;

    public PantryService(Jdbi jdbi, FoodDatabase foods) {
        this.jdbi = jdbi;
        this.foods = foods;
    }

    /** The staples, in the order kept (defaults first, then what was added). */
    public List<Pantry.Staple> list() {
        return jdbi.withHandle(h -> ids(h).stream().map(this::staple).toList());
    }

    public Set<String> ids() {
        return jdbi.withHandle(h -> Set.copyOf(ids(h)));
    }

    /** Adds a food (by name in English or Russian, or by id) to the staples; returns it. */
    public Pantry.Staple add(String nameOrId) {
        Food food = resolve(nameOrId).orElseThrow(() -> new UserException("error.food.unknown", nameOrId));
        jdbi.useTransaction(h -> {
            customise(h);
            if (!ids(h).contains(food.id())) {
                h.createUpdate("INSERT INTO pantry_staple (user_name, food_id) VALUES (:u, :f)").bind("u", ProfileService.DEFAULT_USER)
                        .bind("f", food.id()).execute();
            }
        });
        return staple(food.id());
    }

    /** Removes a staple by name, id or the food a name resolves to; returns it. */
    public Pantry.Staple remove(String nameOrId) {
        return jdbi.inTransaction(h -> {
            List<String> ids = ids(h);
            String norm = TextNormalizer.normalize(nameOrId);
            String match = null;
            for (String id : ids) {
                Pantry.Staple s = staple(id);
                if (id.equalsIgnoreCase(nameOrId.trim()) || TextNormalizer.normalize(s.nameEn()).equals(norm)
                        || TextNormalizer.normalize(s.nameRu()).equals(norm)) {
                    match = id;
                }
            }
            if (match == null) match = resolve(nameOrId).map(Food::id).filter(ids::contains).orElse(null);
            if (match == null) throw new UserException("error.pantry.unknown", nameOrId);
            customise(h);
            h.createUpdate("DELETE FROM pantry_staple WHERE user_name = :u AND food_id = :f").bind("u", ProfileService.DEFAULT_USER)
                    .bind("f", match).execute();
            return staple(match);
        });
    }

    /** Back to the default staples. */
    public List<Pantry.Staple> reset() {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM pantry_staple WHERE user_name = :u").bind("u", ProfileService.DEFAULT_USER).execute();
            h.createUpdate("UPDATE household SET pantry_customised = FALSE WHERE user_name = :u").bind("u", ProfileService.DEFAULT_USER).execute();
        });
        return list();
    }

    private static List<String> ids(Handle h) {
        boolean customised = h.createQuery("SELECT pantry_customised FROM household WHERE user_name = :u")
                .bind("u", ProfileService.DEFAULT_USER).mapTo(Boolean.class).findOne().orElse(false);
        if (!customised) return Pantry.ids(Pantry.DEFAULTS);
        return h.createQuery("SELECT food_id FROM pantry_staple WHERE user_name = :u ORDER BY food_id")
                .bind("u", ProfileService.DEFAULT_USER).mapTo(String.class).list();
    }

    /** The first edit copies the defaults into the store, so the list is the person's own from then on. */
    private static void customise(Handle h) {
        boolean customised = h.createQuery("SELECT pantry_customised FROM household WHERE user_name = :u")
                .bind("u", ProfileService.DEFAULT_USER).mapTo(Boolean.class).findOne().orElse(false);
        if (customised) return;
        int changed = h.createUpdate("UPDATE household SET pantry_customised = TRUE WHERE user_name = :u")
                .bind("u", ProfileService.DEFAULT_USER).execute();
        if (changed == 0) {
            h.createUpdate("INSERT INTO household (user_name, people, pantry_customised) VALUES (:u, 1, TRUE)")
                    .bind("u", ProfileService.DEFAULT_USER).execute();
        }
        h.createUpdate("DELETE FROM pantry_staple WHERE user_name = :u").bind("u", ProfileService.DEFAULT_USER).execute();
        for (String id : new LinkedHashSet<>(Pantry.ids(Pantry.DEFAULTS))) {
            h.createUpdate("INSERT INTO pantry_staple (user_name, food_id) VALUES (:u, :f)").bind("u", ProfileService.DEFAULT_USER)
                    .bind("f", id).execute();
        }
    }

    private Optional<Food> resolve(String nameOrId) {
        String t = nameOrId.trim();
        Optional<Food> byId = foods.byId(t);
        return byId.isPresent() ? byId : foods.search().resolve(t);
    }

    private Pantry.Staple staple(String id) {
        for (Pantry.Staple s : Pantry.DEFAULTS) if (s.foodId().equals(id)) return s;
        Food f = foods.byId(id).orElse(null);
        return f == null ? new Pantry.Staple(id, id, id) : new Pantry.Staple(id, f.displayName(false), f.displayName(true));
    }

    static List<String> copy(List<String> ids) {
        return new ArrayList<>(ids);
    }
}
