package dev.fridgechef.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.InventoryHash;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileHash;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.profile.Targets;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes plans and keeps them. A request is served from the store when the same options were asked
 * on the same day with the same fridge (inventory hash) and profile (profile hash); otherwise the
 * planner runs and the plan is stored under that key.
 */
public final class PlanService {
    private static final String SOURCE_OFFLINE = "offline";

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final InventoryService inventory;
    private final ProfileService profiles;
    private final Supplier<Planner> planner;
    private final Clock clock;

    public PlanService(Jdbi jdbi, ObjectMapper json, InventoryService inventory, ProfileService profiles, Supplier<Planner> planner,
                       Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.inventory = inventory;
        this.profiles = profiles;
        this.planner = planner;
        this.clock = clock;
    }

    public StoredPlan plan(PlanOptions options) {
        if (options.days() < 1 || options.days() > 14) throw new UserException("error.plan.days", options.days());
        Profile profile = profiles.get();
        Targets targets = profiles.targets(profile);
        List<StockEntry> stock = inventory.list();
        String inventoryHash = InventoryHash.of(stock);
        String profileHash = ProfileHash.of(profile);
        LocalDate today = LocalDate.now(clock);
        String key = options.key();
        if (!options.fresh()) {
            Optional<StoredPlan> stored = jdbi.withHandle(h -> find(h, inventoryHash, profileHash, key, today));
            if (stored.isPresent()) return stored.get();
        }
        MealPlan plan = planner.get().plan(new PlanRequest(options.start(), options.days(), options.meals(), profile, targets, stock));
        String document = write(plan);
        return jdbi.inTransaction(h -> {
            h.createUpdate("MERGE INTO meal_plan (user_name, inventory_hash, profile_hash, options, plan_day, start_date, end_date, source, "
                            + "plan_json, created_at) KEY (user_name, inventory_hash, profile_hash, options, plan_day) "
                            + "VALUES (:u, :ih, :ph, :o, :d, :s, :e, :src, :j, :t)")
                    .bind("u", ProfileService.DEFAULT_USER).bind("ih", inventoryHash).bind("ph", profileHash).bind("o", key)
                    .bind("d", today).bind("s", options.start()).bind("e", options.start().plusDays(options.days() - 1L))
                    .bind("src", SOURCE_OFFLINE).bind("j", document).bind("t", LocalDateTime.now(clock)).execute();
            StoredPlan saved = find(h, inventoryHash, profileHash, key, today).orElseThrow();
            return new StoredPlan(saved.id(), saved.plan(), inventoryHash, profileHash, key, today, saved.source(), saved.createdAt(), false);
        });
    }

    /** The newest stored plan that covers {@code date}. */
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
                rs.getTimestamp("created_at").toLocalDateTime(), cached);
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
