package dev.fridgechef.photo;

import dev.fridgechef.i18n.Messages;

import java.util.Locale;

/**
 * A draft as terminal text in the person's language: each dish with its items numbered from 1 (the
 * numbers the corrections take), grams and the database's kcal, unmatched items marked, and the
 * total. The model's names were cleaned when the answer was read.
 */
public final class PhotoDraftText {
    private PhotoDraftText() {
    }

    public static String render(PhotoDraft draft, Messages messages) {
        if (!draft.food()) return messages.get("photo.not_food") + "\n";
        if (draft.empty()) return messages.get("photo.nothing") + "\n";
        boolean ru = messages.isRussian();
        StringBuilder out = new StringBuilder();
        out.append(messages.format(draft.cached() ? "photo.draft.title.cached" : "photo.draft.title", draft.source())).append('\n');
        int n = 0;
        for (PhotoDraft.Dish d : draft.dishes()) {
            out.append("  ").append(d.name(ru)).append('\n');
            for (PhotoDraft.Item i : d.items()) {
                n++;
                out.append("    ");
                if (!i.matched()) {
                    out.append(messages.format("photo.draft.unmatched", n, i.seen(), Math.round(i.grams())));
                } else {
                    out.append(messages.format("photo.draft.item", n, i.name(ru), Math.round(i.grams()), Math.round(i.kcal())));
                    if (!i.name(ru).toLowerCase(Locale.ROOT).equals(i.seen().toLowerCase(Locale.ROOT))) {
                        out.append(' ').append(messages.format("photo.draft.seen", i.seen()));
                    }
                }
                out.append('\n');
            }
        }
        out.append(messages.format("photo.draft.total", Math.round(draft.energyKcal()))).append('\n');
        if (!draft.unmatched().isEmpty()) out.append(messages.format("photo.draft.not_counted", draft.unmatched().size())).append('\n');
        return out.toString();
    }
}
