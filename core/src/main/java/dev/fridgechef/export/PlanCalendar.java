package dev.fridgechef.export;

import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.StoredPlan;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plan as an RFC 5545 calendar: an event a meal at the person's time for it, or an all-day
 * event when there is none, with the dish, portion and nutrition in its description; the shopping
 * list as to-dos due on the plan's first day. Timed events are written in UTC ("…T100000Z"), never
 * with a zone id: the local meal time in {@code zone} is turned into its instant here, so every
 * calendar shows it at the right moment whatever zone rules it knows: ical4j 4.4.0 writes a VEvent
 * of a ZonedDateTime at Europe/Moscow 13:00 as DTSTART;TZID=Europe/Moscow:…T140000 (its own zone
 * data), an hour late in every calendar.
 */
final class PlanCalendar {
    static final String PRODID = "-//Fridge Chef//Meal plan//EN";

    private PlanCalendar() {
    }

    static String render(StoredPlan stored, Set<String> ticked, MealClock clock, ZoneId zone, Instant now, PlanLines lines, Shown shown) {
        Calendar calendar = new Calendar().withProdId(PRODID).withDefaults().getFluentTarget();
        DtStamp stamp = new DtStamp(now);
        MealPlan plan = stored.plan();
        for (MealPlan.Day day : plan.plan()) {
            for (MealPlan.Meal meal : day.meals()) {
                String summary = shown.meal(meal.meal()) + ": " + shown.title(meal);
                Optional<LocalTime> time = clock.of(meal.meal());
                VEvent event = time.isPresent()
                        ? new VEvent(ZonedDateTime.of(day.date(), time.get(), zone).toInstant(), MealClock.length(meal.meal()), summary)
                        : new VEvent(day.date(), summary);
                event.replace(stamp);
                event.add(new Uid("plan" + stored.id() + "-" + day.date() + "-" + meal.meal().key() + "@fridgechef"));
                event.add(new Description(description(meal, lines, shown)));
                calendar.add(event);
            }
        }
        for (MealPlan.ShoppingItem item : plan.shopping()) {
            VToDo todo = new VToDo();
            todo.replace(stamp);
            todo.add(new Uid("plan" + stored.id() + "-buy-" + item.foodId() + "@fridgechef"));
            todo.add(new Summary(shown.name(item.nameEn(), item.nameRu()) + " — " + shown.shopAmount(item)));
            todo.add(new Due<>(plan.start()));
            todo.add(new Status(ticked.contains(item.foodId()) ? Status.VALUE_COMPLETED : Status.VALUE_NEEDS_ACTION));
            todo.add(new Categories(new TextList(shown.text("export.shopping.title"))));
            calendar.add(todo);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String description(MealPlan.Meal meal, PlanLines lines, Shown shown) {
        List<String> text = new ArrayList<>();
        text.add(shown.text("export.ics.portion", lines.portion(meal)));
        text.addAll(lines.notes(meal));
        text.add(shown.text("export.ics.nutrition", shown.num(meal.energy(), 0), shown.num(meal.protein(), 0)));
        text.add(shown.text("export.ics.recipe", meal.recipeId()));
        return String.join("\n", text);
    }
}
