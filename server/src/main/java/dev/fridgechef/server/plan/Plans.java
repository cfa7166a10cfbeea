package dev.fridgechef.server.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.Json;
import dev.fridgechef.Lazy;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.Pantry;
import dev.fridgechef.plan.PlanContext;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.Planner;
import dev.fridgechef.plan.PlannerHints;
import dev.fridgechef.profile.TargetCalculator;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.RecipeLibrary;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.profile.Profiles;
import dev.fridgechef.server.profile.StoredProfile;
import dev.fridgechef.server.stock.Membership;
import dev.fridgechef.server.stock.Stock;
import dev.fridgechef.text.Sha256;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A household's plans, made by core's offline {@link Planner} from the household's stock and the
 * caller's profile, the request built by core's {@link PlanContext} as the desktop app builds it
 * (default pantry staples; no diary hints yet). The shared {@link PlanCache} answers a request whose
 * exact key was planned today by anyone; otherwise a {@link PlannerSlots} slot is needed.
 */
public final class Plans {
    /** The planner behind a plan, part of the cache key (with core's own version in the options key). */
    static final String PLANNER = "server-v1;offline";
    private static final ObjectMapper JSON = Json.mapper();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Plans.class);
    private static final String COLUMNS = "p.id, p.created_by, p.created_at, p.cached, p.plan::text AS plan";

    private final Jdbi jdbi;
    private final Stock stock;
    private final Profiles profiles;
    private final PlanCache cache;
    private final PlannerSlots slots;
    private final Lazy<RecipeLibrary> recipes;
    private final Clock clock;

    public Plans(Jdbi jdbi, Stock stock, Profiles profiles, Lazy<RecipeLibrary> recipes, PlanCache cache, PlannerSlots slots, Clock clock) {
        this.jdbi = jdbi;
        this.stock = stock;
        this.profiles = profiles;
        this.cache = cache;
        this.slots = slots;
        this.recipes = recipes;
        this.clock = clock;
    }

    /** Every planner slot of this instance was busy: nothing was planned. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("every planner slot is busy", null, false, false);
        }
    }

    private record Inputs(UUID household, StoredProfile profile, List<StockEntry> stock) {
    }

    /** A plan made (or taken from the cache) for a household, not stored yet. */
    public record Made(UUID household, String key, boolean cached, String document) {
    }

    /** A request ready to plan: the caller's household, what the plan is made from, the options as chosen, the offline cache key, and today. */
    record Prepared(UUID household, PlanContext context, PlanOptions chosen, String key, int stockItems, LocalDate today) {
    }

    /** Plans (or takes from the cache) and stores the plan in the caller's household; {@link Busy} when no slot is free. */
    public StoredPlan create(UUID userId, PlanOptions options) {
        return keep(userId, make(userId, options, false));
    }

    /**
     * The plan for this request, from the shared cache or made by the planner. With {@code waitForSlot}
     * (a queued job's worker) it waits for a planner slot; otherwise it throws {@link Busy} when none is free.
     */
    public Made make(UUID userId, PlanOptions options, boolean waitForSlot) {
        return offline(prepare(userId, options), options.fresh(), waitForSlot);
    }

    /**
     * The offline plan of a prepared request: from the shared cache unless {@code fresh}, else made in a
     * planner slot and cached; with {@code waitForSlot} (a queued job's worker) it waits for a slot,
     * otherwise it throws {@link Busy} when none is free.
     */
    Made offline(Prepared p, boolean fresh, boolean waitForSlot) {
        Optional<String> hit = fresh ? Optional.empty() : cache.find(p.key());
        if (hit.isPresent()) return new Made(p.household(), p.key(), true, hit.get());
        long started = System.nanoTime();
        java.util.function.Supplier<MealPlan> planning = () -> new Planner(recipes.get()).plan(p.context().request(p.chosen()));
        MealPlan made = waitForSlot ? slots.run(planning) : slots.tryRun(planning).orElseThrow(Busy::new);
        LOG.atInfo().addKeyValue("days", made.days()).addKeyValue("stockItems", p.stockItems())
                .addKeyValue("ms", (System.nanoTime() - started) / 1_000_000).log("plan_made");
        String document = write(made);
        cache.put(p.key(), p.today(), PLANNER, document);
        return new Made(p.household(), p.key(), false, document);
    }

    /** Stores {@code made} as a plan of the caller's household. */
    StoredPlan keep(UUID userId, Made made) {
        return jdbi.withHandle(h -> store(h, userId, made));
    }

    /** The plan for this request when the shared cache holds it already (never for a fresh request). */
    public Optional<Made> cached(UUID userId, PlanOptions options) {
        if (options.fresh()) return Optional.empty();
        Prepared p = prepare(userId, options);
        return cache.find(p.key()).map(document -> new Made(p.household(), p.key(), true, document));
    }

    /** Stores a made plan as the household's, on the caller's handle (inside their transaction). */
    public StoredPlan store(Handle h, UUID userId, Made made) {
        MealPlan plan = read(made.document());
        return h.createQuery("""
                        INSERT INTO plans (id, household_id, created_by, start_date, end_date, cache_key, cached, plan)
                        VALUES (:id, :household, :user, :start, :end, :key, :cached, CAST(:plan AS jsonb))
                        RETURNING id, created_by, created_at, cached, plan::text AS plan""")
                .bind("id", UUID.randomUUID()).bind("household", made.household()).bind("user", userId).bind("start", plan.start())
                .bind("end", plan.start().plusDays(plan.days() - 1L)).bind("key", made.key()).bind("cached", made.cached())
                .bind("plan", made.document()).map(ROW).one();
    }

    /** Checks the options and reads the caller's household, profile and stock into core's {@link PlanContext}. */
    Prepared prepare(UUID userId, PlanOptions options) {
        try {
            PlanContext.check(options);
        } catch (UserException e) {
            throw ApiException.invalidField(e.key().equals("error.plan.days") ? "days" : "people", e.getMessage());
        }
        Inputs in = jdbi.inTransaction(h -> {
            UUID household = Membership.household(h, userId);
            return new Inputs(household, profiles.get(h, userId), stock.entries(h, household));
        });
        LocalDate today = LocalDate.now(clock.withZone(in.profile().timeZone()));
        Targets targets;
        try {
            targets = TargetCalculator.compute(in.profile().profile(), today.getYear());
        } catch (UserException e) {
            throw ApiException.conflict("profile_incomplete", e.getMessage().replace("(set them with: fridge profile set)", "(PUT /api/v1/profile)"));
        }
        PlanContext context = PlanContext.of(in.profile().profile(), targets, in.stock(), today, in.profile().people(),
                Pantry.DEFAULT_STAPLES, PlannerHints.NONE);
        PlanOptions chosen = context.chosen(options);
        String key = Sha256.hex(String.join("|", PLANNER, context.inventoryHash(), context.profileHash(), context.key(chosen), "day=" + today));
        return new Prepared(in.household(), context, chosen, key, in.stock().size(), today);
    }

    public Optional<StoredPlan> find(UUID userId, UUID id) {
        return jdbi.withHandle(h -> {
            Membership.household(h, userId);
            return h.createQuery("SELECT " + COLUMNS + " FROM plans p JOIN household_members m ON m.household_id = p.household_id "
                    + "WHERE p.id = :id AND m.user_id = :user").bind("id", id).bind("user", userId).map(ROW).findOne();
        });
    }

    /** The newest plan of the caller's household that covers today. */
    public Optional<StoredPlan> current(UUID userId) {
        return current(userId, profiles.today(userId));
    }

    /** The newest plan of the caller's household that covers {@code today} (the caller's today, read already). */
    public Optional<StoredPlan> current(UUID userId, LocalDate today) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM plans p WHERE p.household_id = :household "
                        + "AND p.start_date <= :today AND p.end_date >= :today ORDER BY p.created_at DESC, p.id DESC LIMIT 1")
                .bind("household", Membership.household(h, userId)).bind("today", today).map(ROW).findOne());
    }

    public record Summary(UUID id, UUID createdBy, java.time.Instant createdAt, boolean cached, LocalDate start, LocalDate end) {
    }

    /** The household's newest plans, without their contents. */
    public List<Summary> list(UUID userId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, created_by, created_at, cached, start_date, end_date FROM plans "
                        + "WHERE household_id = :household ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bind("household", Membership.household(h, userId)).bind("limit", limit)
                .map((rs, ctx) -> new Summary(rs.getObject("id", UUID.class), rs.getObject("created_by", UUID.class),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("cached"),
                        rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate()))
                .list());
    }

    /** Today where the user is (their profile's time zone). */
    public LocalDate today(UUID userId) {
        return profiles.today(userId);
    }

    public FoodDatabase foods() {
        return stock.foods();
    }

    private static final RowMapper<StoredPlan> ROW = (rs, ctx) -> new StoredPlan(rs.getObject("id", UUID.class),
            rs.getObject("created_by", UUID.class), rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("cached"),
            read(rs.getString("plan")));

    static String write(MealPlan plan) {
        try {
            return JSON.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MealPlan read(String document) {
        try {
            return JSON.readValue(document, MealPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored plan is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
