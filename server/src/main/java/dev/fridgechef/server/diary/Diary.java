package dev.fridgechef.server.diary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.diary.DiaryNutrition;
import dev.fridgechef.diary.EntryEdit;
import dev.fridgechef.diary.MealTimes;
import dev.fridgechef.diary.NewEntry;
import dev.fridgechef.diary.ServedAmount;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.server.diary.DiaryStore.Action;
import dev.fridgechef.server.diary.DiaryViews.DayTotal;
import dev.fridgechef.server.diary.DiaryViews.EntryView;
import dev.fridgechef.server.diary.DiaryViews.Logged;
import dev.fridgechef.server.diary.DiaryViews.SessionView;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.text.Sha256;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The household's food diary on PostgreSQL, with core's rules: sessions found or made as core does,
 * edits scaled by {@link ServedAmount}, nutrition from the food database by {@link DiaryNutrition}.
 * Members share it: any member reads the household's diary; an entry is changed only by the member
 * who ate it (403 for the others). Every change is one transaction with a history row; undo reverts
 * the caller's own latest change.
 */
public final class Diary {
    private final Jdbi jdbi;
    private final DiaryStore rows;
    private final DiaryNutrition nutrition;
    private final TargetsSource targets;
    private final ObjectMapper json;
    private final Function<UUID, ZoneId> zones;
    private final Clock clock;

    /** {@code zones}: each user's time zone ("now" of an entry logged without a time is theirs). */
    public Diary(Jdbi jdbi, DiaryNutrition nutrition, TargetsSource targets, Function<UUID, ZoneId> zones, ObjectMapper json, Clock clock) {
        this.jdbi = jdbi;
        this.rows = new DiaryStore(json);
        this.nutrition = nutrition;
        this.targets = targets;
        this.zones = zones;
        this.json = json;
        this.clock = clock;
    }

    /** Logs {@code entry} as eaten by the caller at {@code at} (null: now where they are) as {@code meal} (null: by the time of day). */
    public Logged add(UUID userId, NewEntry entry, LocalDateTime at, MealType meal, double percent) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zones.apply(userId)));
        return jdbi.inTransaction(h -> {
            UUID household = household(h, userId);
            rows.lock(h, household);
            LocalDateTime when = MealTimes.moment(at, meal, now);
            MealType m = meal != null ? meal : MealTimes.mealAt(when.toLocalTime());
            Session session = rows.session(h, household, when.toLocalDate(), when.toLocalTime(), m);
            Entry e = new Entry(UUID.randomUUID(), session.id(), userId, entry.kind(), entry.recipeId(), entry.foodId(), entry.label(),
                    entry.labelRu(), entry.servings(), entry.amount(), percent, entry.portions(), clock.instant().truncatedTo(ChronoUnit.MICROS));
            rows.insert(h, household, session.date(), e);
            rows.change(h, household, e.id(), userId, Action.ADD, null, e);
            return logged(session, e);
        });
    }

    /** One entry of the caller's household. */
    public Logged entry(UUID userId, UUID entryId) {
        return jdbi.inTransaction(h -> {
            UUID household = household(h, userId);
            Entry e = rows.entry(h, household, entryId, false, false).orElseThrow(() -> ApiException.notFound("Diary entry"));
            return logged(rows.sessionById(h, household, e.sessionId()), e);
        });
    }

    /** A day of the household's diary, or of one member's entries in it. */
    public DiaryViews.Day day(UUID userId, LocalDate date, Optional<UUID> member) {
        return jdbi.inTransaction(h -> {
            UUID household = household(h, userId);
            checkMember(h, household, member);
            Map<UUID, List<EntryView>> bySession = new LinkedHashMap<>();
            Map<UUID, Nutrients> sessionTotals = new LinkedHashMap<>();
            for (Entry e : rows.entries(h, household, date, date, member)) {
                Nutrients n = nutrition.of(e.portions(), e.eatenPercent());
                bySession.computeIfAbsent(e.sessionId(), k -> new ArrayList<>()).add(EntryView.of(e, n));
                sessionTotals.merge(e.sessionId(), n, Nutrients::plus);
            }
            List<SessionView> sessions = new ArrayList<>();
            Nutrients total = Nutrients.ZERO;
            for (Session s : rows.sessions(h, household, date, date)) {
                List<EntryView> entries = bySession.get(s.id());
                if (entries == null) continue; // every entry moved out, removed, or of another member
                Nutrients sessionTotal = sessionTotals.get(s.id());
                sessions.add(new SessionView(s.id(), s.date(), s.time(), s.meal(), List.copyOf(entries), sessionTotal.asMap()));
                total = total.plus(sessionTotal);
            }
            return new DiaryViews.Day(date, member.orElse(null), sessions, total.asMap(),
                    member.flatMap(targets::targets).orElse(null));
        });
    }

    /** Day totals from {@code from} to {@code to}, days with nothing logged included. */
    public DiaryViews.Range days(UUID userId, LocalDate from, LocalDate to, Optional<UUID> member) {
        return jdbi.inTransaction(h -> {
            UUID household = household(h, userId);
            checkMember(h, household, member);
            Map<LocalDate, Nutrients> totals = new LinkedHashMap<>();
            Map<LocalDate, Integer> counts = new LinkedHashMap<>();
            Map<UUID, LocalDate> sessionDays = new LinkedHashMap<>();
            for (Session s : rows.sessions(h, household, from, to)) sessionDays.put(s.id(), s.date());
            for (Entry e : rows.entries(h, household, from, to, member)) {
                LocalDate day = sessionDays.get(e.sessionId());
                totals.merge(day, nutrition.of(e.portions(), e.eatenPercent()), Nutrients::plus);
                counts.merge(day, 1, Integer::sum);
            }
            List<DayTotal> days = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                days.add(new DayTotal(d, counts.getOrDefault(d, 0), totals.getOrDefault(d, Nutrients.ZERO).asMap()));
            }
            return new DiaryViews.Range(from, to, member.orElse(null), days);
        });
    }

    /**
     * Changes the caller's own entry; {@code ifMatch} (when given) must be the entry's current ETag.
     * Nothing is written unless every change is valid.
     */
    public Logged edit(UUID userId, UUID entryId, Optional<String> ifMatch, EntryEdit edit) {
        return jdbi.inTransaction(h -> {
            UUID household = household(h, userId);
            rows.lock(h, household);
            Entry before = own(h, household, userId, entryId, ifMatch);
            Session current = rows.sessionById(h, household, before.sessionId());
            ServedAmount served;
            try {
                served = before.served().edited(before.kind(), before.foodId(), before.id(), edit.servings(), edit.grams());
            } catch (UserException e) {
                throw refusal(e);
            }
            double percent = edit.eatenPercent() != null ? edit.eatenPercent() : before.eatenPercent();
            Session session = current;
            if (edit.at() != null || edit.meal() != null) {
                LocalDateTime when = edit.at() != null ? edit.at().truncatedTo(ChronoUnit.MINUTES) : current.date().atTime(current.time());
                MealType meal = edit.meal() != null ? edit.meal() : current.meal();
                session = rows.session(h, household, when.toLocalDate(), when.toLocalTime(), meal);
            }
            Entry after = before.with(session.id(), served, percent);
            rows.update(h, household, after);
            rows.change(h, household, entryId, userId, Action.EDIT, before, after);
            return logged(session, after);
        });
    }

    /** Removes the caller's own entry (undo brings it back); returns it as it was. */
    public Logged remove(UUID userId, UUID entryId, Optional<String> ifMatch) {
        return jdbi.inTransaction(h -> {
            UUID household = household(h, userId);
            rows.lock(h, household);
            Entry before = own(h, household, userId, entryId, ifMatch);
            rows.setRemoved(h, household, entryId, true);
            rows.change(h, household, entryId, userId, Action.REMOVE, before, null);
            return logged(rows.sessionById(h, household, before.sessionId()), before);
        });
    }

    /** Reverts the caller's latest add, edit or removal in their household not yet undone. */
    public DiaryViews.Undone undo(UUID userId) {
        return jdbi.inTransaction(h -> {
            UUID household = household(h, userId);
            rows.lock(h, household);
            DiaryStore.Change last = rows.lastUndoable(h, household, userId)
                    .orElseThrow(() -> ApiException.conflict("nothing_to_undo", "You have no diary change to undo"));
            Entry current = rows.entry(h, household, last.entryId(), true, true).orElseThrow();
            Entry after = switch (last.action()) {
                case ADD -> {
                    rows.setRemoved(h, household, last.entryId(), true);
                    yield null;
                }
                case REMOVE -> {
                    rows.setRemoved(h, household, last.entryId(), false);
                    yield current;
                }
                case EDIT -> {
                    rows.update(h, household, last.before());
                    yield last.before();
                }
                case UNDO -> throw new IllegalStateException("an undo is never undone");
            };
            rows.markUndone(h, last.id());
            rows.change(h, household, last.entryId(), userId, Action.UNDO, current, after);
            Logged now = after == null ? null : logged(rows.sessionById(h, household, after.sessionId()), after);
            return new DiaryViews.Undone(last.action().key(), last.entryId(), last.at(), now);
        });
    }

    /** The strong ETag a read of this entry carries (the same bytes {@code Replies.read} hashes). */
    public String etag(Logged logged) {
        try {
            return "\"" + Sha256.hex(json.writeValueAsBytes(logged)).substring(0, 32) + "\"";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Entry own(Handle h, UUID household, UUID userId, UUID entryId, Optional<String> ifMatch) {
        Entry e = rows.entry(h, household, entryId, false, true).orElseThrow(() -> ApiException.notFound("Diary entry"));
        if (!e.eatenBy().equals(userId)) {
            throw new ApiException(403, "not_your_entry", "This entry is another member's: only the member who ate it changes it");
        }
        if (ifMatch.isPresent()) {
            String tag = etag(logged(rows.sessionById(h, household, e.sessionId()), e));
            boolean matches = false;
            for (String candidate : ifMatch.get().split(",")) {
                String c = candidate.strip();
                matches |= c.equals("*") || c.equals(tag);
            }
            if (!matches) {
                throw new ApiException(412, "precondition_failed", "The entry changed since you read it (If-Match does not match its ETag); read it again");
            }
        }
        return e;
    }

    private Logged logged(Session s, Entry e) {
        return new Logged(s, EntryView.of(e, nutrition.of(e.portions(), e.eatenPercent())));
    }

    private UUID household(Handle h, UUID userId) {
        return rows.household(h, userId).orElseThrow(() -> ApiException.conflict("no_household",
                "The diary is kept per household and you are in none: create one (POST /api/v1/households) or join one first"));
    }

    private void checkMember(Handle h, UUID household, Optional<UUID> member) {
        if (member.isPresent() && !rows.isMember(h, household, member.get())) throw ApiException.notFound("Member of your household");
    }

    private static ApiException refusal(UserException e) {
        return switch (e.key()) {
            case "error.diary.edit.servings" -> ApiException.invalidField("servings", "only a recipe entry has servings; change its grams instead");
            case "error.diary.edit.unweighed" -> ApiException.invalidField("grams", "no food of this entry has a known weight, so it cannot be scaled to grams");
            case "error.diary.servings" -> ApiException.invalidField("servings", "must be more than 0 and at most 50");
            default -> ApiException.invalidField("body", e.getMessage());
        };
    }
}
