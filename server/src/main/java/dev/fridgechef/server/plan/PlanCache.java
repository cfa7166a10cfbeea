package dev.fridgechef.server.plan;

import org.jdbi.v3.core.Jdbi;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Plans by their exact key, shared by every user and instance. Safe to share: a plan holds food ids,
 * recipes and amounts, and its key holds the hashes of everything it was made from. Keys name the
 * day they were planned on, so entries older than {@link #KEEP_DAYS} can never be hit again and are dropped.
 */
public final class PlanCache {
    static final int KEEP_DAYS = 2;

    private final Jdbi jdbi;

    public PlanCache(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The plan (core's MealPlan JSON) stored under this key, counting the hit. */
    public Optional<String> find(String key) {
        return jdbi.withHandle(h -> h.createQuery("UPDATE plan_cache SET hits = hits + 1 WHERE key = :key RETURNING plan::text")
                .bind("key", key).mapTo(String.class).findOne());
    }

    /** Keeps a plan under its key (the first one made wins when two instances plan it at once). */
    public void put(String key, LocalDate day, String planner, String planJson) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO plan_cache (key, plan_day, planner, plan) VALUES (:key, :day, :planner, CAST(:plan AS jsonb)) "
                            + "ON CONFLICT (key) DO NOTHING")
                    .bind("key", key).bind("day", day).bind("planner", planner).bind("plan", planJson).execute();
            h.createUpdate("DELETE FROM plan_cache WHERE plan_day < :oldest").bind("oldest", day.minusDays(KEEP_DAYS)).execute();
        });
    }
}
