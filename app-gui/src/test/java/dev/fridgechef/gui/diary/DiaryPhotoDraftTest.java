package dev.fridgechef.gui.diary;

import dev.fridgechef.diary.EntryKind;
import dev.fridgechef.diary.FoodPortion;
import dev.fridgechef.diary.NewEntry;
import dev.fridgechef.photo.PhotoDraft;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A confirmed photo draft becomes one dish of its matched items; rows not in the food database are left out. */
class DiaryPhotoDraftTest {
    @Test
    void onlyMatchedItemsAreRecordedAsOneDish() {
        PhotoDraft draft = new PhotoDraft("abc", "local/m", false, true, List.of(
                new PhotoDraft.Dish("Porridge", "Каша", List.of(new PhotoDraft.Item("oats", "oats", "Oats", "Овсянка", 60, 370),
                        new PhotoDraft.Item("glitter", null, "glitter", "glitter", 5, 0))),
                new PhotoDraft.Dish("Tea", "Чай", List.of(new PhotoDraft.Item("mystery", null, "mystery", "mystery", 200, 0)))));

        NewEntry entry = PhotoDraftDialog.entry(draft.withGrams(1, 80));

        assertThat(entry.kind()).isEqualTo(EntryKind.DISH);
        assertThat(entry.label()).isEqualTo("Porridge");
        assertThat(entry.labelRu()).isEqualTo("Каша");
        assertThat(entry.portions()).containsExactly(FoodPortion.grams("oats", 80));
    }
}
