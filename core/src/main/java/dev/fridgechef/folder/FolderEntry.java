package dev.fridgechef.folder;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A saved plan or recipe in a folder. {@code title} is the recipe's title or the plan's dates;
 * {@code missing} says the plan or recipe is no longer there (the entry stays until removed).
 */
public record FolderEntry(SavedKind kind, String ref, String title, List<String> tags, boolean favourite, boolean missing,
                          LocalDateTime addedAt) {
    public FolderEntry {
        tags = List.copyOf(tags);
    }
}
