package dev.fridgechef.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.diet.DietRules;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.PlanService;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.DietFlag;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.text.SafeText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the model is told about the person, as JSON data: targets, the hard rules (allergies, diet,
 * restrictions, dislikes), the stock by database food with expiry and a mark on what breaks a rule,
 * and today's planned meals. Stock goes by the food database's names, never by the person's own
 * labels (which could be read as instructions); dislikes are the person's words, so they go as
 * short quoted strings inside the data.
 */
public final class ChatContext {
    private static final int MAX_DISLIKE = 40;

    private final ProfileService profiles;
    private final InventoryService inventory;
    private final PlanService plans;
    private final ObjectMapper json;
    private final Clock clock;

    public ChatContext(ProfileService profiles, InventoryService inventory, PlanService plans, ObjectMapper json, Clock clock) {
        this.profiles = profiles;
        this.inventory = inventory;
        this.plans = plans;
        this.json = json;
        this.clock = clock;
    }

    public String data() {
        LocalDate today = LocalDate.now(clock);
        Profile p = profiles.get();
        return data(json, today, p, p.missingForTargets().isEmpty() ? profiles.targets(p) : null, inventory.list(),
                plans.covering(today).map(StoredPlan::plan).orElse(null));
    }

    /**
     * The same from plain values, for stores other than this one's (the server): {@code targets} null
     * when the profile lacks what they need; {@code plan} the newest plan covering {@code today}, or null.
     */
    public static String data(ObjectMapper json, LocalDate today, Profile p, Targets targets, List<StockEntry> stock, MealPlan plan) {
        ObjectNode data = json.createObjectNode();
        data.put("today", today.toString());
        person(data, p, targets);
        data.set("STOCK", stock(json, stock, new DietRules(p), today));
        if (plan != null) {
            ArrayNode meals = data.putArray("PLANNED_TODAY");
            for (MealPlan.Day day : plan.plan()) {
                if (!day.date().equals(today)) continue;
                for (MealPlan.Meal m : day.meals()) {
                    ObjectNode meal = meals.addObject();
                    meal.put("meal", m.meal().key());
                    meal.put("dish", SafeText.clean(m.titleEn()));
                    meal.put("energy_kcal", Math.round(m.energy()));
                    meal.put("protein_g", Math.round(m.protein()));
                }
            }
        }
        return wrapped(json, data);
    }

    /**
     * What the model is told for a {@link GeneralQuestion}: the targets, goal and hard rules only (an
     * answer must still respect an allergy), no stock, no plan and no date.
     */
    public String generalData() {
        ObjectNode data = json.createObjectNode();
        Profile p = profiles.get();
        person(data, p, p.missingForTargets().isEmpty() ? profiles.targets(p) : null);
        return wrapped(json, data);
    }

    private static String wrapped(ObjectMapper json, ObjectNode data) {
        ObjectNode wrapper = json.createObjectNode();
        wrapper.set("DATA", data);
        return wrapper.toString();
    }

    /** The targets, the goal and the hard rules. */
    private static void person(ObjectNode data, Profile p, Targets t) {
        if (t != null) {
            ObjectNode targets = data.putObject("TARGETS_PER_DAY");
            targets.put("energy_kcal", Math.round(t.energy()));
            targets.put("protein_g", Math.round(t.protein()));
            targets.put("fat_g", Math.round(t.fat()));
            targets.put("carbohydrate_g", Math.round(t.carbohydrate()));
            targets.put("fibre_g", Math.round(t.fiber()));
        }
        data.put("goal", p.goal().key());
        ObjectNode rules = data.putObject("HARD_RULES");
        ArrayNode allergies = rules.putArray("allergies");
        p.allergies().stream().map(Allergen::key).sorted().forEach(allergies::add);
        rules.put("diet", p.diet().key());
        ArrayNode restrictions = rules.putArray("restrictions");
        p.flags().stream().map(DietFlag::key).sorted().forEach(restrictions::add);
        ArrayNode dislikes = rules.putArray("dislikes");
        for (String d : p.dislikes()) {
            String word = SafeText.clean(d).strip();
            dislikes.add(word.length() > MAX_DISLIKE ? word.substring(0, MAX_DISLIKE) : word);
        }
    }

    private static ArrayNode stock(ObjectMapper json, List<StockEntry> entries, DietRules rules, LocalDate today) {
        ArrayNode stock = json.createArrayNode();
        int unknown = 0;
        for (StockEntry e : entries) {
            if (e.food() == null) {
                unknown++;
                continue;
            }
            ObjectNode item = stock.addObject();
            item.put("food", e.food().displayName(false));
            if (e.grams() != null) item.put("grams", Math.round(e.grams()));
            else item.put("amount", java.math.BigDecimal.valueOf(e.item().quantity()).stripTrailingZeros().toPlainString() + " " + SafeText.clean(e.item().unit()));
            if (e.item().expiresOn() != null) {
                item.put("expires", e.item().expiresOn().toString());
                long days = e.daysToExpiry(today);
                if (days < 0) item.put("expired", true);
                else if (days <= 2) item.put("use_soon", true);
            }
            var broken = rules.violations(e.food());
            if (!broken.isEmpty()) {
                ArrayNode why = item.putArray("FORBIDDEN_FOR_THIS_PERSON");
                broken.forEach(v -> why.add(v.rule().name().toLowerCase(java.util.Locale.ROOT) + ": " + v.detail()));
            }
        }
        if (unknown > 0) {
            ObjectNode note = stock.addObject();
            note.put("items_not_in_the_food_database", unknown);
        }
        return stock;
    }
}
