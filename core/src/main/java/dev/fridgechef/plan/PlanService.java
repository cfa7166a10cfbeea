package dev.fridgechef.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.Lazy;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.UsageLedger;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.profile.Targets;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes plans and keeps them. A request is served from the store when the same options were asked
 * on the same day with the same fridge (inventory hash) and profile (profile hash); otherwise the
 * planner runs and the plan is stored under that key.
 */
public final class PlanService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanService.class);
    private static final String SOURCE_OFFLINE = "offline";

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final InventoryService inventory;
    private final ProfileService profiles;
    private final Supplier<Planner> planner;
    private final Clock clock;
    private PantryService pantry;
    private dev.fridgechef.recipe.RecipeService recipes;
    private Supplier<dev.fridgechef.text.TextSimilarity> wishes;
    private Supplier<PlannerHints> hints = () -> PlannerHints.NONE;
    private PlanJournal journal = PlanJournal.NONE;

    public PlanService(Jdbi jdbi, ObjectMapper json, InventoryService inventory, ProfileService profiles, Supplier<Planner> planner,
                       Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.inventory = inventory;
        this.profiles = profiles;
        this.planner = planner;
        this.clock = clock;
    }

    /** The pantry whose staples plans assume (without one: the default staples). */
    public PlanService withPantry(PantryService staples) {
        this.pantry = staples;
        return this;
    }

    /** How wishes are compared for reuse ("quick dinners" and "fast dinners" ask the same); without it only equal wishes match. */
    public PlanService withWishes(Supplier<dev.fridgechef.text.TextSimilarity> similarity) {
        this.wishes = similarity;
        return this;
    }

    /** What the diary says about the person's eating (dishes left unfinished, meals skipped), read anew for every plan. */
    public PlanService withHints(Supplier<PlannerHints> fromDiary) {
        this.hints = fromDiary;
        return this;
    }

    /** Who hears each plan stored, in the storing transaction (sync's outbox). */
    public PlanService withJournal(PlanJournal hears) {
        this.journal = hears;
        return this;
    }

    /** Where the new dishes of AI plans are kept (without one they are not kept). */
    public PlanService withRecipes(dev.fridgechef.recipe.RecipeService kept) {
        this.recipes = kept;
        return this;
    }

    private PlanContext context(PlanOptions options) {
        PlanContext.check(options);
        Profile profile = profiles.get();
        Targets targets = profiles.targets(profile);
        List<StockEntry> stock = inventory.list();
        return PlanContext.of(profile, targets, stock, LocalDate.now(clock), profiles.people(),
                pantry == null ? Pantry.DEFAULT_STAPLES : pantry.ids(), hints.get());
    }

    /** The offline plan: from the store when the same request was planned today for the same fridge and profile. */
    public StoredPlan plan(PlanOptions options) {
        PlanContext c = context(options);
        return c.noted(offline(c, c.chosen(options)), options);
    }

    private StoredPlan offline(PlanContext c, PlanOptions options) {
        String key = c.key(options);
        if (!options.fresh()) {
            Optional<StoredPlan> household = synced(options);
            if (household.isPresent()) return household.get();
            Optional<StoredPlan> stored = jdbi.withHandle(h -> find(h, c.inventoryHash(), c.profileHash(), key, c.today()));
            if (stored.isPresent()) return stored.get();
        }
        return save(c, key, planner.get().plan(c.request(options)), SOURCE_OFFLINE);
    }

    /**
     * A plan made by a language model, checked against the food database, rules and stock. In order:
     * the stored AI plan for the same fridge, profile and request today, its wish perhaps in other
     * words (no model call); a stored AI
     * plan whose remaining days still fit today's stock and expiry ({@link PlanReuse}, no model call);
     * a plan made again from the dishes of a recent model answer for the same request ({@link DishReuse}, no model call);
     * the offline plan when no provider is configured or a call is refused before it is sent (the
     * month's budget, the per-request cap, the AI plans a minute: see {@link dev.fridgechef.llm.StoredCallLimits});
     * else the model, and the offline plan if it fails. The notes say why the offline plan was used.
     * Answers paid for but not used are marked so in the ledger. A cancelled request stores nothing.
     */
    public StoredPlan planWithAi(PlanOptions options, AiPlanner ai, UsageLedger ledger, LlmSettings settings, PlanReuse reuse) {
        PlanContext c = context(options);
        return c.noted(planWithAi(c, c.chosen(options), ai, ledger, settings, reuse), options);
    }

    private StoredPlan planWithAi(PlanContext c, PlanOptions options, AiPlanner ai, UsageLedger ledger, LlmSettings settings, PlanReuse reuse) {
        String key = "ai-v2;" + c.key(options) + (options.wish() == null ? "" : WISH + options.wish());
        // the offline plan the reuse check makes, if it makes one, is the AI planner's fallback and candidates too
        java.util.concurrent.atomic.AtomicReference<MealPlan> offlinePlan = new java.util.concurrent.atomic.AtomicReference<>();
        if (!options.fresh()) {
            Optional<StoredPlan> stored = jdbi.withHandle(h -> find(h, c.inventoryHash(), c.profileHash(), key, c.today()));
            if (stored.isEmpty() && options.wish() != null) stored = rewordedToday(c, key, options.wish());
            if (stored.isPresent()) {
                ledger.recordCacheHit(UsageLedger.CACHE_EXACT, "plan " + stored.get().id());
                return stored.get();
            }
            Optional<StoredPlan> reused = reuse(c, key, options, reuse, offlinePlan);
            if (reused.isPresent()) {
                ledger.recordCacheHit(UsageLedger.CACHE_REUSE, reused.get().source());
                return reused.get();
            }
            Optional<StoredPlan> dishes = dishReuse(c, key, options, new DishReuse(ai, reuse), offlinePlan);
            if (dishes.isPresent()) {
                ledger.recordCacheHit(UsageLedger.CACHE_DISHES, dishes.get().source());
                return dishes.get();
            }
        }
        if (settings.providers().isEmpty()) {
            return offline(c, options).withNotes(List.of("no AI provider is configured (see fridge llm status)"));
        }
        AiPlanner.Result result;
        dev.fridgechef.llm.LlmTask task = dev.fridgechef.llm.LlmTask.current().bound() ? dev.fridgechef.llm.LlmTask.current()
                : new dev.fridgechef.llm.LlmTask(dev.fridgechef.llm.LlmProgress.NONE);
        int before = task.answers().size();
        try {
            // the gateway takes each call's place under the limits (plans a minute, budget) in the store, atomically
            result = task.run(() -> ai.plan(c.request(options), options.wish(), offlinePlan.get()));
        } catch (dev.fridgechef.llm.RequestRefused e) {
            // a later call (a repair, a part) was refused: the answers already paid for are not used
            List<Long> paid = task.answers();
            for (long id : paid.subList(before, paid.size())) ledger.markUnusable(id, "a later call was refused: " + e.getMessage());
            return offline(c, options).withNotes(List.of(e.getMessage()));
        }
        markUnusable(result, ledger);
        if (result.source().startsWith(StoredPlan.AI_SOURCE_PREFIX)) {
            long answer = result.answers().get(result.answers().size() - 1).callId();
            StoredPlan saved = save(c, key, result.plan(), result.source(), answer > 0 ? answer : null);
            if (recipes != null) recipes.rememberAiDishes(result.newDishes(), result.source().substring(StoredPlan.AI_SOURCE_PREFIX.length()));
            return saved.withNotes(result.notes());
        }
        return save(c, c.key(options), result.plan(), SOURCE_OFFLINE).withNotes(result.fallbackReasons());
    }

    /**
     * The same request today in other words: the plan stored today for the same fridge, profile and
     * options whose wish asks the same ({@link #sameWish}), the newest first.
     */
    private Optional<StoredPlan> rewordedToday(PlanContext c, String key, String wish) {
        String prefix = withoutWish(key) + WISH;
        List<StoredPlan> today = jdbi.withHandle(h -> h.createQuery("SELECT * FROM meal_plan WHERE user_name = :u AND inventory_hash = :ih "
                        + "AND profile_hash = :ph AND plan_day = :d ORDER BY created_at DESC, id DESC")
                .bind("u", ProfileService.DEFAULT_USER).bind("ih", c.inventoryHash()).bind("ph", c.profileHash()).bind("d", c.today())
                .map(mapper(true)).list());
        return today.stream().filter(p -> p.options().startsWith(prefix) && sameWish(wishOf(p.options()), wish)).findFirst();
    }

    /** The newest stored model-made plan of this profile and the same options that {@link PlanReuse} accepts for today's request. */
    private Optional<StoredPlan> reuse(PlanContext c, String key, PlanOptions options, PlanReuse reuse,
                                       java.util.concurrent.atomic.AtomicReference<MealPlan> offlinePlan) {
        PlanRequest request = c.request(options);
        LocalDate end = options.start().plusDays(options.days() - 1L);
        List<StoredPlan> candidates = jdbi.withHandle(h -> h.createQuery("SELECT * FROM meal_plan WHERE user_name = :u AND profile_hash = :ph "
                        + "AND source LIKE 'ai:%' AND source NOT LIKE :reused AND source NOT LIKE 'ai:semantic-cache%' AND start_date <= :s AND end_date >= :e "
                        + "ORDER BY created_at DESC, id DESC LIMIT 20")
                .bind("u", ProfileService.DEFAULT_USER).bind("ph", c.profileHash()).bind("reused", REUSE_SOURCE + "%")
                .bind("s", options.start()).bind("e", end).map(mapper(true)).list());
        if (candidates.isEmpty()) return Optional.empty();
        java.util.Set<String> cooked = new java.util.HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT c.plan_date, c.meal, c.recipe_id "
                        + "FROM cooked_meal c JOIN meal_plan p ON p.id = c.plan_id WHERE p.user_name = :u AND c.plan_date < :s AND c.plan_date >= :from")
                .bind("u", ProfileService.DEFAULT_USER).bind("s", options.start()).bind("from", options.start().minusDays(14))
                .map((rs, ctx) -> PlanReuse.cookedKey(rs.getDate(1).toLocalDate(), dev.fridgechef.recipe.MealType.parse(rs.getString(2)),
                        rs.getString(3))).list()));
        Lazy<java.util.Set<String>> freshPlanLeaves = new Lazy<>(() -> {
            offlinePlan.set(planner.get().plan(request));
            return freshPlanLeaves(request, offlinePlan.get());
        });
        for (StoredPlan candidate : candidates) {
            if (!sameOptions(candidate.options(), key) || !sameWish(wishOf(candidate.options()), options.wish())) continue;
            PlanReuse.Verdict verdict = reuse.check(candidate.plan(), request, cooked, freshPlanLeaves.get());
            if (!verdict.accepted()) {
                LOG.debug("plan {} not reused for {} {}d: {}", candidate.id(), options.start(), options.days(), verdict.refusal());
                continue;
            }
            String source = REUSE_SOURCE + candidate.id() + " by " + candidate.aiSource().orElse("?");
            StoredPlan saved = save(c, key, verdict.plan(), source.length() > 200 ? source.substring(0, 200) : source);
            return Optional.of(saved.asCached());
        }
        return Optional.empty();
    }

    /**
     * A plan made without a call from the dishes of a model answer of the last {@link DishReuse#WINDOW_DAYS}
     * days that made a stored plan of this profile with the same options and wish (an answer marked
     * unusable never), when {@link DishReuse} accepts it for today's request.
     */
    private Optional<StoredPlan> dishReuse(PlanContext c, String key, PlanOptions options, DishReuse dishes,
                                           java.util.concurrent.atomic.AtomicReference<MealPlan> offlinePlan) {
        List<java.util.Map.Entry<String, DishReuse.Answer>> recent = jdbi.withHandle(h -> h.createQuery("SELECT p.id, p.options, p.source, "
                        + "p.plan_json, a.text FROM meal_plan p JOIN llm_call c ON c.id = p.answer_id JOIN llm_answer a ON a.call_id = c.id "
                        + "WHERE p.user_name = :u AND p.profile_hash = :ph AND c.outcome = 'ok' AND c.at >= :from ORDER BY c.at DESC, p.id DESC")
                .bind("u", ProfileService.DEFAULT_USER).bind("ph", c.profileHash()).bind("from", c.today().minusDays(DishReuse.WINDOW_DAYS).atStartOfDay())
                .map((rs, ctx) -> java.util.Map.entry(rs.getString("options"), new DishReuse.Answer(rs.getLong("id"), read(rs.getString("plan_json")),
                        rs.getString("source").substring(StoredPlan.AI_SOURCE_PREFIX.length()), rs.getString("text")))).list());
        List<DishReuse.Answer> answers = recent.stream().filter(e -> sameOptions(e.getKey(), key) && sameWish(wishOf(e.getKey()), options.wish()))
                .map(java.util.Map.Entry::getValue).toList();
        if (answers.isEmpty()) return Optional.empty();
        PlanRequest request = c.request(options);
        if (offlinePlan.get() == null) offlinePlan.set(planner.get().plan(request));
        Optional<AiPlanner.Result> made = dishes.plan(answers, request, offlinePlan.get(), freshPlanLeaves(request, offlinePlan.get()));
        if (made.isEmpty()) return Optional.empty();
        AiPlanner.Result result = made.get();
        StoredPlan saved = save(c, key, result.plan(), result.source(), null);
        if (recipes != null) recipes.rememberAiDishes(result.newDishes(), result.source().substring(result.source().lastIndexOf(" by ") + 4));
        return Optional.of(saved.asCached().withNotes(result.notes()));
    }

    /** The stock foods the offline planner would not cook with for this request: no reused plan is blamed for leaving them. */
    private static java.util.Set<String> freshPlanLeaves(PlanRequest request, MealPlan fresh) {
        java.util.Set<String> used = fresh.foodsFromStock();
        java.util.Set<String> left = new java.util.HashSet<>();
        for (StockEntry e : request.stock()) if (e.food() != null && !used.contains(e.food().id())) left.add(e.food().id());
        return left;
    }

    /** How a reused plan's source starts: "ai:reuse of plan 12 by openai/gpt-4o-mini". A reused plan is never reused again. */
    public static final String REUSE_SOURCE = StoredPlan.AI_SOURCE_PREFIX + "reuse of plan ";

    /** The same cache key but for the first day, number of days and meals (PlanReuse checks those) and the wish (see {@link #sameWish}). */
    static boolean sameOptions(String a, String b) {
        return withoutDates(a).equals(withoutDates(b));
    }

    private static String withoutDates(String key) {
        return withoutWish(key).replaceAll("(^|;)(start|days|meals)=[^;]*", "$1");
    }

    /** The wish is the key's last part, as the person wrote it (it may hold ";"). */
    private static String withoutWish(String key) {
        int at = key.indexOf(WISH);
        return at < 0 ? key : key.substring(0, at);
    }

    private static String wishOf(String key) {
        int at = key.indexOf(WISH);
        return at < 0 ? null : key.substring(at + WISH.length());
    }

    private static final String WISH = ";wish=";

    /** Two wishes ask the same when both are absent, or they are the same text or (with a similarity) a rewording of it. */
    private boolean sameWish(String a, String b) {
        if (a == null || b == null) return a == null && b == null;
        return a.equals(b) || (wishes != null && wishes.get().same(a, b));
    }

    /** The answers paid for but not used (the plan taken is the last answer's, when the plan is the model's). */
    private static void markUnusable(AiPlanner.Result result, UsageLedger ledger) {
        List<LlmGateway.Answer> answers = result.answers();
        boolean used = result.source().startsWith(StoredPlan.AI_SOURCE_PREFIX);
        String why = result.fallbackReasons().isEmpty() ? "repaired in a later call" : String.join("; ", result.fallbackReasons());
        for (int i = 0; i < answers.size() - (used ? 1 : 0); i++) ledger.markUnusable(answers.get(i).callId(), why);
    }

    /** A last check inside the transaction that stores a plan; throwing rolls the plan back (a cancelled job's, say). */
    @FunctionalInterface
    public interface StoreGuard {
        void check(Handle h);
    }

    private static final ThreadLocal<StoreGuard> GUARD = new ThreadLocal<>();

    /** Runs {@code work} (on this thread) so that every plan it stores is first checked by {@code guard} in the same transaction. */
    public static <T> T guarded(StoreGuard guard, Supplier<T> work) {
        GUARD.set(guard);
        try {
            return work.get();
        } finally {
            GUARD.remove();
        }
    }

    private StoredPlan save(PlanContext c, String key, MealPlan plan, String source) {
        return save(c, key, plan, source, null);
    }

    /** {@code answer}: the ledger row of the model answer whose dishes made the plan (null: none, or not a fresh answer). */
    private StoredPlan save(PlanContext c, String key, MealPlan plan, String source, Long answer) {
        String document = write(plan);
        StoreGuard guard = GUARD.get();
        return jdbi.inTransaction(h -> {
            if (guard != null) guard.check(h);
            h.createUpdate("MERGE INTO meal_plan (user_name, inventory_hash, profile_hash, options, plan_day, start_date, end_date, source, "
                            + "plan_json, created_at, answer_id) KEY (user_name, inventory_hash, profile_hash, options, plan_day) "
                            + "VALUES (:u, :ih, :ph, :o, :d, :s, :e, :src, :j, :t, :a)")
                    .bind("u", ProfileService.DEFAULT_USER).bind("ih", c.inventoryHash()).bind("ph", c.profileHash()).bind("o", key)
                    .bind("d", c.today()).bind("s", plan.start()).bind("e", plan.start().plusDays(plan.days() - 1L))
                    .bind("src", source).bind("j", document).bind("t", LocalDateTime.now(clock)).bind("a", answer).execute();
            StoredPlan saved = find(h, c.inventoryHash(), c.profileHash(), key, c.today()).orElseThrow();
            journal.stored(h, plan);
            return new StoredPlan(saved.id(), saved.plan(), c.inventoryHash(), c.profileHash(), key, c.today(), saved.source(),
                    saved.createdAt(), false, List.of());
        });
    }

    public Optional<StoredPlan> get(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM meal_plan WHERE user_name = :u AND id = :id")
                .bind("u", ProfileService.DEFAULT_USER).bind("id", id).map(mapper(true)).findOne());
    }

    /**
     * Replaces the {@code meal} of {@code date} in stored plan {@code planId} with the planner's best
     * other recipe for it (same rules and scoring, against today's profile and stock) and stores the
     * result in the same row, so {@link #covering} and the cache give the changed plan.
     */
    public StoredPlan replaceMeal(long planId, LocalDate date, dev.fridgechef.recipe.MealType meal) {
        StoredPlan stored = get(planId).orElseThrow(() -> new UserException("error.plan.none", date));
        MealPlan current = stored.plan();
        int day = (int) java.time.temporal.ChronoUnit.DAYS.between(current.start(), date);
        if (day < 0 || day >= current.days() || !current.meals().contains(meal)) throw new UserException("error.plan.none", date);
        PlanOptions same = new PlanOptions(current.start(), current.days(), current.meals(), true, ShopMode.parse(current.shop()), -1,
                current.people());
        PlanContext c = context(same);
        MealPlan changed = replacingPlanner(current).replaceMeal(c.request(same),
                current, day, meal).orElseThrow(() -> new UserException("error.plan.replace.none", meal.key()));
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE meal_plan SET plan_json = :j WHERE id = :id").bind("j", write(changed)).bind("id", planId).execute();
            journal.stored(h, changed);
        });
        return new StoredPlan(stored.id(), changed, stored.inventoryHash(), stored.profileHash(), stored.options(), stored.planDay(),
                stored.source(), stored.createdAt(), false, List.of());
    }

    /**
     * The planner for replacing a meal of {@code plan}: the offline one, with the new dishes an AI
     * plan uses added to its library (kept by {@link dev.fridgechef.recipe.RecipeService#rememberAiDishes}),
     * so a meal of an AI plan can be replaced like any other.
     */
    private Planner replacingPlanner(MealPlan plan) {
        if (recipes == null) return planner.get();
        dev.fridgechef.recipe.RecipeLibrary library = recipes.library();
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        plan.plan().forEach(d -> d.meals().forEach(m -> {
            if (library.byId(m.recipeId()).isEmpty()) missing.add(m.recipeId());
        }));
        if (missing.isEmpty()) return planner.get();
        dev.fridgechef.recipe.RecipeLibrary withAi = recipes.libraryWithAiDishes();
        List<dev.fridgechef.recipe.RecipeFacts> dishes = missing.stream().flatMap(id -> withAi.byId(id).stream()).toList();
        return new Planner(library.with(dishes));
    }

    /** The newest stored plan that covers {@code date}. */
    /**
     * The plan another device of this account made for these days and meals, when it is the newest here
     * (synced in after anything planned on this device): the household's plan is shown, not replaced by a
     * new one made here ({@code --fresh} makes one).
     */
    private Optional<StoredPlan> synced(PlanOptions options) {
        LocalDate last = options.start().plusDays(options.days() - 1L);
        return covering(options.start()).filter(p -> p.source().startsWith(PlanSlots.SOURCE_PREFIX))
                .filter(p -> !p.plan().start().plusDays(p.plan().days() - 1L).isBefore(last))
                .filter(p -> new java.util.HashSet<>(p.plan().meals()).equals(new java.util.HashSet<>(options.meals())))
                .map(StoredPlan::asCached);
    }

    public Optional<StoredPlan> covering(LocalDate date) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM meal_plan WHERE user_name = :u AND start_date <= :d AND end_date >= :d "
                        + "ORDER BY created_at DESC, id DESC LIMIT 1")
                .bind("u", ProfileService.DEFAULT_USER).bind("d", date).map(mapper(true)).findOne());
    }

    public List<StoredPlan> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM meal_plan WHERE user_name = :u ORDER BY created_at DESC, id DESC")
                .bind("u", ProfileService.DEFAULT_USER).map(mapper(true)).list());
    }

    private Optional<StoredPlan> find(Handle h, String inventoryHash, String profileHash, String key, LocalDate day) {
        return h.createQuery("SELECT * FROM meal_plan WHERE user_name = :u AND inventory_hash = :ih AND profile_hash = :ph "
                        + "AND options = :o AND plan_day = :d")
                .bind("u", ProfileService.DEFAULT_USER).bind("ih", inventoryHash).bind("ph", profileHash).bind("o", key).bind("d", day)
                .map(mapper(true)).findOne();
    }

    private RowMapper<StoredPlan> mapper(boolean cached) {
        return (rs, ctx) -> new StoredPlan(rs.getLong("id"), read(rs.getString("plan_json")), rs.getString("inventory_hash"),
                rs.getString("profile_hash"), rs.getString("options"), rs.getDate("plan_day").toLocalDate(), rs.getString("source"),
                rs.getTimestamp("created_at").toLocalDateTime(), cached, List.of());
    }

    private String write(MealPlan plan) {
        try {
            return json.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MealPlan read(String document) {
        try {
            return json.readValue(document, MealPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plan is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
