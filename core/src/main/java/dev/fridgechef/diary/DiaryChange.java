package dev.fridgechef.diary;

import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One change to the diary: who made it ({@code by}: "cli", "gui", a feature), when, and the entry
 * before and after (null before an add). {@code undone}: reverted by a later undo.
 */
public record DiaryChange(long id, long entryId, Action action, String by, LocalDateTime at, DiaryEntry before, DiaryEntry after,
                          boolean undone) {

    public enum Action {
        ADD, EDIT, REMOVE, UNDO;

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
