package dev.fridgechef.diary;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.MealType;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The food diary: what was eaten when, in sessions (meal occasions) of entries, with nutrition per
 * entry, session and day computed from the food database. Every add, edit and removal is one
 * transaction and leaves a row in the change history, from which {@link #undo()} reverts the latest.
 */
public final class DiaryService {
    /** Who changes the diary when no front end says otherwise. */
    public static final String DEFAULT_ACTOR = "app";

    private final Jdbi jdbi;
    private final FoodDatabase foods;
    private final EntryResolver resolver;
    private final ProfileService profiles;
    private final Clock clock;
    private final String actor;
    private final DiaryRepository rows;
    private final DiaryNutrition nutrition;
    private volatile DiaryJournal journal = DiaryJournal.NONE;

    /** {@code json} writes the entries kept in the change history. */
    public DiaryService(Jdbi jdbi, FoodDatabase foods, EntryResolver resolver, ProfileService profiles, ObjectMapper json, Clock clock) {
        this(jdbi, foods, resolver, profiles, new DiaryRepository(json), clock, DEFAULT_ACTOR);
    }

    private DiaryService(Jdbi jdbi, FoodDatabase foods, EntryResolver resolver, ProfileService profiles, DiaryRepository rows, Clock clock,
                         String actor) {
        this.jdbi = jdbi;
        this.foods = foods;
        this.resolver = resolver;
        this.profiles = profiles;
        this.clock = clock;
        this.actor = actor;
        this.rows = rows;
        this.nutrition = new DiaryNutrition(foods);
    }

    /** The same diary, with changes recorded as made by {@code actor} ("cli", "gui", "photo"). */
    public DiaryService as(String actor) {
        return new DiaryService(jdbi, foods, resolver, profiles, rows, clock, actor).withJournal(journal);
    }

    /** Who hears each change in its transaction (sync records operations); set once when the app is wired. */
    public DiaryService withJournal(DiaryJournal journal) {
        this.journal = java.util.Objects.requireNonNull(journal);
        return this;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    public EntryResolver resolver() {
        return resolver;
    }

    /**
     * Logs what {@code text} names (see {@link EntryResolver}) eaten at {@code at} (null: now) as
     * {@code meal} (null: by the time of day), {@code percent} of it eaten.
     */
    public LoggedEntry ate(String text, Double servings, String dishName, LocalDateTime at, MealType meal, double percent) {
        return log(resolver.resolve(text, servings, dishName), at, meal, percent);
    }

    public LoggedEntry log(NewEntry entry, LocalDateTime at, MealType meal, double percent) {
        EatenPercent.check(percent, percent);
        long id = jdbi.inTransaction(h -> log(h, entry, at, meal, percent));
        return entry(id);
    }

    /** Logs inside the caller's transaction (a planned meal eaten with its stock taken); returns the entry's id. */
    long log(Handle h, NewEntry entry, LocalDateTime at, MealType meal, double percent) {
        LocalDateTime when = MealTimes.moment(at, meal, now());
        MealType m = meal != null ? meal : MealTimes.mealAt(when.toLocalTime());
        long session = rows.session(h, when.toLocalDate(), when.toLocalTime(), m);
        long id = rows.insert(h, session, when.toLocalDate(), entry, percent, now());
        DiaryEntry stored = rows.entryForUpdate(h, id, false).orElseThrow();
        rows.change(h, id, DiaryChange.Action.ADD, actor, now(), null, stored);
        journal.added(h, stored, rows.sessionById(h, session));
        return id;
    }

    /** The entry (not removed) with its session and nutrition, or a clear message that there is none. */
    public LoggedEntry entry(long id) {
        return jdbi.withHandle(h -> {
            DiaryEntry e = rows.entryForUpdate(h, id, false).orElseThrow(() -> new UserException("error.diary.entry.unknown", id));
            return new LoggedEntry(rows.sessionById(h, e.sessionId()), e, nutrition.of(e));
        });
    }

    /** The eating session numbered {@code id}, or a clear message that the diary has none. */
    public EatingSession session(long id) {
        return jdbi.withHandle(h -> rows.findSession(h, id)).orElseThrow(() -> new UserException("error.session.unknown", id));
    }

    public DiaryDay day(LocalDate date) {
        return days(date, date).get(0);
    }

    /** Every day from {@code from} to {@code to}, days with nothing logged included (empty). */
    public List<DiaryDay> days(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw new UserException("error.diary.range", from, to);
        return jdbi.inTransaction(h -> {
            List<EatingSession> sessions = rows.sessions(h, from, to);
            Map<Long, List<DiaryDay.Entry>> bySession = new HashMap<>();
            for (DiaryEntry e : rows.entries(h, from, to)) {
                bySession.computeIfAbsent(e.sessionId(), k -> new ArrayList<>()).add(new DiaryDay.Entry(e, nutrition.of(e)));
            }
            Map<LocalDate, List<DiaryDay.Session>> byDay = new LinkedHashMap<>();
            for (EatingSession s : sessions) {
                List<DiaryDay.Entry> entries = bySession.get(s.id());
                if (entries == null) continue;
                Nutrients total = entries.stream().map(DiaryDay.Entry::nutrients).reduce(Nutrients.ZERO, Nutrients::plus);
                byDay.computeIfAbsent(s.date(), k -> new ArrayList<>()).add(new DiaryDay.Session(s, List.copyOf(entries), total));
            }
            List<DiaryDay> days = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                List<DiaryDay.Session> daySessions = byDay.getOrDefault(d, List.of());
                Nutrients total = daySessions.stream().map(DiaryDay.Session::total).reduce(Nutrients.ZERO, Nutrients::plus);
                days.add(new DiaryDay(d, List.copyOf(daySessions), total));
            }
            return days;
        });
    }

    /** The first and the last day with an entry ([first, last]); empty for an empty diary. */
    public Optional<List<LocalDate>> span() {
        return jdbi.withHandle(rows::span);
    }

    /**
     * The foods eaten on {@code date} with the grams actually eaten (servings and the share eaten
     * applied), in time order, one row a food of an entry. Foods whose weight is unknown are left
     * out; {@link DiaryDay#unweighed()} names them.
     */
    public List<EatenFood> eatenFoods(LocalDate date) {
        List<EatenFood> eaten = new ArrayList<>();
        for (DiaryDay.Session s : day(date).sessions()) {
            for (DiaryDay.Entry e : s.entries()) {
                for (FoodPortion p : e.entry().portions()) {
                    if (!p.weighed()) continue;
                    eaten.add(new EatenFood(e.entry().id(), s.session().id(), s.session().time(), s.session().meal(), e.entry().label(),
                            foods.byId(p.foodId()).orElseThrow(), p.grams() * e.entry().eatenShare()));
                }
            }
        }
        return eaten;
    }

    /** The person's daily targets, when the profile has what they need. */
    public Optional<Targets> targets() {
        Profile p = profiles.get();
        return p.missingForTargets().isEmpty() ? Optional.of(profiles.targets(p)) : Optional.empty();
    }

    public LoggedEntry edit(long id, EntryEdit edit) {
        if (edit.isEmpty()) throw new UserException("error.diary.edit.nothing");
        jdbi.useTransaction(h -> {
            DiaryEntry before = rows.entryForUpdate(h, id, false).orElseThrow(() -> new UserException("error.diary.entry.unknown", id));
            DiaryEntry after = edited(h, before, edit);
            rows.update(h, after);
            rows.change(h, id, DiaryChange.Action.EDIT, actor, now(), before, after);
            journal.replaced(h, before, after, rows.sessionById(h, after.sessionId()));
        });
        return entry(id);
    }

    private DiaryEntry edited(Handle h, DiaryEntry e, EntryEdit edit) {
        ServedAmount served = new ServedAmount(e.servings(), e.amount(), e.portions())
                .edited(e.kind(), e.foodId(), e.id(), edit.servings(), edit.grams());
        double percent = e.eatenPercent();
        if (edit.eatenPercent() != null) {
            EatenPercent.check(edit.eatenPercent(), edit.eatenPercent());
            percent = edit.eatenPercent();
        }
        long session = e.sessionId();
        if (edit.at() != null || edit.meal() != null) {
            EatingSession now = rows.sessionById(h, e.sessionId());
            LocalDateTime when = edit.at() != null ? edit.at().truncatedTo(ChronoUnit.MINUTES) : now.date().atTime(now.time());
            MealType meal = edit.meal() != null ? edit.meal() : now.meal();
            session = rows.session(h, when.toLocalDate(), when.toLocalTime(), meal);
        }
        return e.with(session, served.servings(), served.amount(), percent, served.portions());
    }

    /** Removes the entry (undo brings it back). */
    public LoggedEntry remove(long id) {
        LoggedEntry removed = entry(id);
        jdbi.useTransaction(h -> {
            DiaryEntry before = rows.entryForUpdate(h, id, false).orElseThrow(() -> new UserException("error.diary.entry.unknown", id));
            journal.removed(h, before);
            rows.setRemoved(h, id, true);
            rows.change(h, id, DiaryChange.Action.REMOVE, actor, now(), before, null);
        });
        return removed;
    }

    /** Reverts the latest add, edit or removal not yet undone; returns that change. */
    public DiaryChange undo() {
        return jdbi.inTransaction(h -> {
            DiaryChange last = rows.lastUndoable(h).orElseThrow(() -> new UserException("error.diary.undo.nothing"));
            DiaryEntry current = rows.entryForUpdate(h, last.entryId(), true).orElseThrow();
            // an entry a pulled removal took out of the diary meanwhile stays out: undoing its add or edit changes nothing there
            boolean wasIn = !rows.isRemoved(h, last.entryId());
            switch (last.action()) {
                case ADD -> {
                    if (wasIn) journal.removed(h, current);
                    rows.setRemoved(h, last.entryId(), true);
                }
                case REMOVE -> {
                    rows.setRemoved(h, last.entryId(), false);
                    journal.added(h, current, rows.sessionById(h, current.sessionId()));
                }
                case EDIT -> {
                    rows.update(h, last.before());
                    if (wasIn) journal.replaced(h, current, last.before(), rows.sessionById(h, last.before().sessionId()));
                }
                case UNDO -> throw new IllegalStateException("an undo is never undone");
            }
            rows.markUndone(h, last.id());
            DiaryEntry after = last.action() == DiaryChange.Action.EDIT ? last.before() : last.action() == DiaryChange.Action.REMOVE ? current : null;
            rows.change(h, last.entryId(), DiaryChange.Action.UNDO, actor, now(), current, after);
            return last;
        });
    }

    /** The latest changes, newest first. */
    public List<DiaryChange> history(int limit) {
        return jdbi.withHandle(h -> rows.changes(h, limit));
    }
}
