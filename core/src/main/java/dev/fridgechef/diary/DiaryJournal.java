package dev.fridgechef.diary;

import org.jdbi.v3.core.Handle;

/**
 * Hears every change of the diary inside the transaction that makes it, so that whatever it writes
 * (sync's outbox) is stored with the change or not at all. Each method gets the entry as stored (with
 * its id) and, for an entry that is in the diary afterwards, its session. An undo is reported as the
 * change it makes: an add undone is {@link #removed}, a removal undone {@link #added}, an edit undone
 * {@link #replaced}. The default hears nothing.
 */
public interface DiaryJournal {
    DiaryJournal NONE = new DiaryJournal() {
    };

    /** The entry is in the diary now (logged, or brought back by an undo). */
    default void added(Handle h, DiaryEntry entry, EatingSession session) {
    }

    /** The entry {@code before} became {@code after} (same local id), in {@code session}. */
    default void replaced(Handle h, DiaryEntry before, DiaryEntry after, EatingSession session) {
    }

    /** The entry left the diary (removed, or its add undone). */
    default void removed(Handle h, DiaryEntry entry) {
    }
}
