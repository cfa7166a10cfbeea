package dev.fridgechef.diary;

import dev.fridgechef.food.Nutrients;

import java.time.LocalDate;
import java.util.List;

/** A day of the diary: its sessions in time order, each with its entries, and nutrition per entry, session and day. */
public record DiaryDay(LocalDate date, List<Session> sessions, Nutrients total) {

    public record Session(EatingSession session, List<Entry> entries, Nutrients total) {
    }

    /** An entry with the nutrition of what was eaten of it (portions of unknown weight count for nothing). */
    public record Entry(DiaryEntry entry, Nutrients nutrients) {
    }

    public int entryCount() {
        return sessions.stream().mapToInt(s -> s.entries().size()).sum();
    }

    /** Entries with at least one food of unknown weight. */
    public List<DiaryEntry> unweighed() {
        return sessions.stream().flatMap(s -> s.entries().stream()).map(Entry::entry).filter(e -> !e.unweighed().isEmpty()).toList();
    }
}
