package dev.fridgechef.diary;

import dev.fridgechef.food.Nutrients;

/** An entry with its session and the nutrition of what was eaten of it. */
public record LoggedEntry(EatingSession session, DiaryEntry entry, Nutrients nutrients) {
}
