package dev.fridgechef.diary;

import dev.fridgechef.recipe.MealType;
import org.jdbi.v3.core.Handle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The diary's rows as sync reads and writes them, in the caller's transaction. Nothing here is heard by
 * a {@link DiaryJournal} or kept in the change history: these are entries another device made.
 */
public final class SyncedEntries {
    private SyncedEntries() {
    }

    /** An entry with the session it belongs to. */
    public record Stored(DiaryEntry entry, EatingSession session) {
    }

    /** Every entry in the diary, with its session, oldest first. */
    public static List<Stored> all(Handle h) {
        return DiaryRepository.all(h).stream().map(e -> new Stored(e, DiaryRepository.sessionById(h, e.sessionId()))).toList();
    }

    /** Adds an entry as another device logged it, in the session of that day, time and meal (joined or new); returns its local id. */
    public static long insert(Handle h, NewEntry entry, LocalDate day, LocalTime time, MealType meal, double percent, LocalDateTime loggedAt) {
        long session = DiaryRepository.session(h, day, time, meal);
        return DiaryRepository.insert(h, session, day, entry, percent, loggedAt);
    }
}
