package dev.fridgechef.plan;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.InventoryHash;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileHash;
import dev.fridgechef.profile.Targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a plan is made from, whoever keeps it: the profile and its targets, the stock (and its
 * hash), today, the household size, the staples and the diary's hints. Turns the person's options
 * into the planner's {@link PlanRequest} and into the exact cache key, so every store plans the same
 * request the same way.
 */
public record PlanContext(Profile profile, Targets targets, List<StockEntry> stock, String inventoryHash, String profileHash,
                          LocalDate today, int people, Set<String> staples, PlannerHints hints) {

    public static PlanContext of(Profile profile, Targets targets, List<StockEntry> stock, LocalDate today, int people,
                                 Set<String> staples, PlannerHints hints) {
        return new PlanContext(profile, targets, List.copyOf(stock), InventoryHash.of(stock), ProfileHash.of(profile), today, people,
                staples, hints);
    }

    /** Refuses options out of range: 1 to 14 days, a household of 0 (the one kept with the profile) to 12. */
    public static void check(PlanOptions options) {
        if (options.days() < 1 || options.days() > 14) throw new UserException("error.plan.days", options.days());
        if (options.people() < 0 || options.people() > 12) throw new UserException("error.plan.people", options.people());
    }

    public PlanRequest request(PlanOptions o) {
        int n = o.people() > 0 ? o.people() : people;
        return new PlanRequest(o.start(), o.days(), o.meals(), profile, targets, stock, o.shop(), o.maxBuy(), n, staples,
                PlanRequest.DEFAULT_DISHES_PER_DAY, PlanRequest.DEFAULT_ACTIVE_MINUTES, hints.leftUnfinished());
    }

    /** The cache key: the options with the household size, staples and dishes left unfinished actually used. */
    public String key(PlanOptions o) {
        return o.key(o.people() > 0 ? o.people() : people) + ";staples=" + Integer.toHexString(new TreeSet<>(staples).hashCode())
                + (hints.leftUnfinished().isEmpty() ? "" : ";unfinished=" + Integer.toHexString(new TreeSet<>(hints.leftUnfinished()).hashCode()));
    }

    /** The meals to plan: the default ones without those the person regularly skips; meals asked for as they are. */
    public PlanOptions chosen(PlanOptions o) {
        return o.defaultMeals() ? o.withMeals(hints.meals(o.meals())) : o;
    }

    /** The notes for the default meals {@link #chosen} left out, before the plan's own. */
    public List<String> notes(PlanOptions asked, List<String> planNotes) {
        List<String> left = asked.defaultMeals() ? hints.notes(asked.meals()) : List.of();
        if (left.isEmpty()) return planNotes;
        List<String> notes = new ArrayList<>(left);
        notes.addAll(planNotes);
        return notes;
    }

    StoredPlan noted(StoredPlan plan, PlanOptions asked) {
        List<String> notes = notes(asked, plan.notes());
        return notes == plan.notes() ? plan : plan.withNotes(notes);
    }
}
