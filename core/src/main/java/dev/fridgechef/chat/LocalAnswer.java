package dev.fridgechef.chat;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.Quantities;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.plan.CookService;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.PlanService;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.text.SafeText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The app's own answer to a {@link LocalQuestion}, written from the stock, the recipe library and
 * the stored plan; every number comes from the food database for the food actually used.
 */
public final class LocalAnswer {
    /** Stock expiring within this many days is listed as "use first". */
    static final int USE_FIRST_DAYS = 7;
    static final int MAX_ITEMS = 8;
    static final int MAX_DISHES = 3;

    private final InventoryService inventory;
    private final CookService cooking;
    private final PlanService plans;

    public LocalAnswer(InventoryService inventory, CookService cooking, PlanService plans) {
        this.inventory = inventory;
        this.cooking = cooking;
        this.plans = plans;
    }

    /**
     * The answer; {@code useful} is false when the app has nothing to offer that a model could not do
     * better (no dish it can cook from the stock), and then the question goes to the model if there is one.
     */
    public record Answer(String text, boolean useful) {
    }

    public Answer answer(LocalQuestion.Match question, boolean russian) {
        Messages m = Messages.forLocale(russian ? Messages.RUSSIAN : Locale.ENGLISH);
        return switch (question.kind()) {
            case USE_FIRST -> new Answer(useFirst(m, russian), true);
            case COOK_NOW -> cookNow(m, russian, question.meal());
            case PLAN_CHECK -> new Answer(planCheck(m, russian, question.tomorrow() ? inventory.today().plusDays(1) : inventory.today()), true);
        };
    }

    private String useFirst(Messages m, boolean russian) {
        LocalDate today = inventory.today();
        List<StockEntry> dated = inventory.list().stream().filter(e -> e.item().expiresOn() != null)
                .sorted(Comparator.comparing((StockEntry e) -> e.item().expiresOn()).thenComparing(e -> e.item().name())).toList();
        if (dated.isEmpty()) return m.get("chat.local.usefirst.nodates");
        List<StockEntry> soon = dated.stream().filter(inventory.expiringWithin(USE_FIRST_DAYS)).toList();
        if (soon.isEmpty()) {
            StockEntry first = dated.get(0);
            return m.format("chat.local.usefirst.none", USE_FIRST_DAYS, item(m, first), first.item().expiresOn().toString());
        }
        StringBuilder s = new StringBuilder(m.format("chat.local.usefirst.head", USE_FIRST_DAYS));
        for (StockEntry e : soon.stream().limit(MAX_ITEMS).toList()) {
            s.append("\n- ").append(item(m, e)).append(" — ").append(when(m, e.daysToExpiry(today)));
        }
        if (soon.size() > MAX_ITEMS) s.append("\n").append(m.format("chat.local.more", soon.size() - MAX_ITEMS));
        List<CookService.Suggestion> rescuing = cooking.suggestions(1, null).stream()
                .filter(x -> x.keyInStock() && !x.rescues().isEmpty()).limit(MAX_DISHES).toList();
        if (!rescuing.isEmpty()) {
            s.append("\n\n").append(m.get("chat.local.usefirst.dishes"));
            for (CookService.Suggestion x : rescuing) s.append("\n- ").append(dish(m, russian, x));
        }
        return s.toString();
    }

    private Answer cookNow(Messages m, boolean russian, MealType meal) {
        List<CookService.Suggestion> found = cookable(meal);
        if (found.isEmpty() && meal != null) {
            found = cookable(null);
            meal = null;
        }
        if (found.isEmpty()) return new Answer(m.get("chat.local.cook.none"), false);
        StringBuilder s = new StringBuilder(m.get(meal == null ? "chat.local.cook.head" : "chat.local.cook.head." + meal.key()));
        for (CookService.Suggestion x : found) s.append("\n- ").append(dish(m, russian, x));
        return new Answer(s.append("\n\n").append(m.get("chat.local.cook.more")).toString(), true);
    }

    /** Dishes whose key ingredients are in stock, with at most one thing to buy. */
    private List<CookService.Suggestion> cookable(MealType meal) {
        return cooking.suggestions(1, meal).stream().filter(CookService.Suggestion::keyInStock).limit(MAX_DISHES).toList();
    }

    private String planCheck(Messages m, boolean russian, LocalDate date) {
        Optional<MealPlan> plan = plans.covering(date).map(p -> p.plan());
        Optional<MealPlan.Day> day = plan.flatMap(p -> p.plan().stream().filter(d -> d.date().equals(date)).findFirst());
        boolean tomorrow = !date.equals(inventory.today());
        if (day.isEmpty()) return m.get(tomorrow ? "chat.local.plan.none.tomorrow" : "chat.local.plan.none");
        MealPlan p = plan.get();
        MealPlan.Day d = day.get();
        StringBuilder s = new StringBuilder(m.get(tomorrow ? "chat.local.plan.head.tomorrow" : "chat.local.plan.head"));
        s.append("\n- ").append(m.format("chat.local.plan.energy", whole(d.energy()), whole(p.energyTarget()),
                verdict(m, d.energy(), p.energyTarget(), MealPlan.ENERGY_BAND, "kcal")));
        s.append("\n- ").append(m.format("chat.local.plan.protein", whole(d.protein()), whole(p.proteinTarget()),
                verdict(m, d.protein(), p.proteinTarget(), MealPlan.PROTEIN_BAND, "g")));
        s.append("\n").append(m.format("chat.local.plan.meals", String.join(", ", d.meals().stream()
                .map(x -> SafeText.printable(russian ? x.titleRu() : x.titleEn())).toList())));
        return s.toString();
    }

    /** Within the band, or how much under or over the target, in the nutrient's unit. */
    private static String verdict(Messages m, double value, double target, double band, String unit) {
        if (target <= 0) return "";
        double off = value - target;
        if (Math.abs(off) <= band * target) return m.format("chat.local.plan.within", Math.round(band * 100));
        return m.format(off < 0 ? "chat.local.plan.under" : "chat.local.plan.over", whole(Math.abs(off)),
                Quantities.unit(unit, Math.abs(off), m.isRussian()));
    }

    /** "Baked cod — 520 kcal, 38 g protein a serving; uses cod 300 g (expires soon); to buy: lemon 50 g". */
    private static String dish(Messages m, boolean russian, CookService.Suggestion x) {
        StringBuilder s = new StringBuilder(SafeText.printable(x.recipe().recipe().title(russian)))
                .append(" — ").append(m.format("chat.local.dish.nutrition", whole(x.recipe().energyPerServing()),
                        whole(x.recipe().proteinPerServing())));
        if (!x.rescues().isEmpty()) s.append("; ").append(m.format("chat.local.dish.rescues", foods(m, russian, x.rescues())));
        s.append("; ").append(x.missing().isEmpty() ? m.get("chat.local.dish.nothingtobuy")
                : m.format("chat.local.dish.tobuy", foods(m, russian, x.missing())));
        return s.toString();
    }

    private static String foods(Messages m, boolean russian, List<CookService.Missing> foods) {
        List<String> out = new ArrayList<>();
        for (CookService.Missing f : foods) out.add((russian ? f.nameRu() : f.nameEn()) + " " + Quantities.grams(f.grams(), russian));
        return String.join(", ", out);
    }

    private static String item(Messages m, StockEntry e) {
        return SafeText.printable(e.item().name()) + ", " + Quantities.quantity(e.item().quantity(), e.item().unit(), m.isRussian());
    }

    private static String when(Messages m, long days) {
        if (days < 0) return m.format("chat.local.expired", -days);
        if (days == 0) return m.get("chat.local.expires.today");
        if (days == 1) return m.get("chat.local.expires.tomorrow");
        return m.format("chat.local.expires.in", days);
    }

    private static String whole(double value) {
        return Quantities.number(value, 0, false);
    }
}
