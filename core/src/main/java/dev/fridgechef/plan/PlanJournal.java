package dev.fridgechef.plan;

import dev.fridgechef.recipe.MealType;
import org.jdbi.v3.core.Handle;

import java.time.LocalDate;

/**
 * Hears every plan stored and every planned meal marked cooked inside the transaction that writes it,
 * so that whatever it writes (sync's outbox) is stored with the change or not at all. The default hears nothing.
 */
public interface PlanJournal {
    PlanJournal NONE = new PlanJournal() {
    };

    /** {@code plan} was stored (made, made again or with a meal replaced): it is the plan for its days now. */
    default void stored(Handle h, MealPlan plan) {
    }

    /** The meal planned for {@code meal} on {@code day} was marked cooked. */
    default void cooked(Handle h, LocalDate day, MealType meal) {
    }
}
