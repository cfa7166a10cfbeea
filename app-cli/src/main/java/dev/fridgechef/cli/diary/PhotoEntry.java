package dev.fridgechef.cli.diary;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.llm.StderrProgress;
import dev.fridgechef.diary.EntryKind;
import dev.fridgechef.diary.FoodPortion;
import dev.fridgechef.diary.LoggedEntry;
import dev.fridgechef.diary.NewEntry;
import dev.fridgechef.photo.PhotoDraft;
import dev.fridgechef.photo.PhotoDraftText;
import dev.fridgechef.recipe.MealType;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code fridge ate --photo dish.jpg}: the photo read into a draft meal, the person's corrections
 * applied ({@code --grams 2=150}, {@code --food 3=buckwheat}, {@code --drop 4}), the draft shown,
 * and only with {@code --yes} (or a "y" at the terminal) each dish's matched foods logged as one
 * diary entry.
 */
final class PhotoEntry {
    private final CliContext context;

    PhotoEntry(CliContext context) {
        this.context = context;
    }

    /** The corrections, by item number as the draft shows them. */
    record Corrections(List<String> grams, List<String> foods, List<Integer> drops) {
    }

    /** Shows the draft on {@code shown} (standard error when the entries are printed as JSON) and logs it when confirmed. */
    List<LoggedEntry> run(Path file, boolean keep, boolean yes, Corrections corrections, LocalDateTime at, MealType meal, double percent,
                          java.io.PrintWriter shown) {
        var app = context.aiApp();
        PhotoDraft draft = StderrProgress.showing(context, () -> app.photos().recognize(file, keep));
        draft = corrected(draft, corrections);
        shown.print(PhotoDraftText.render(draft, context.messages()));
        shown.flush();
        if (!draft.food() || draft.matched().isEmpty()) return List.of();
        if (!yes && !confirmed()) {
            shown.println(context.text("cli.ate.photo.unconfirmed"));
            return List.of();
        }
        List<LoggedEntry> logged = new ArrayList<>();
        for (PhotoDraft.Dish dish : draft.dishes()) {
            List<FoodPortion> portions = dish.items().stream().filter(PhotoDraft.Item::matched)
                    .map(i -> FoodPortion.grams(i.foodId(), i.grams())).toList();
            if (portions.isEmpty()) continue;
            NewEntry entry = new NewEntry(EntryKind.DISH, null, null, dish.nameEn(), dish.nameRu(), null, null, portions);
            logged.add(app.diary().as("cli").log(entry, at, meal, percent));
        }
        return logged;
    }

    private boolean confirmed() {
        if (!context.terminal().interactive()) return false;
        String answer = context.terminal().readLine(context.text("cli.ate.photo.confirm"));
        return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes")
                || answer.trim().equalsIgnoreCase("д") || answer.trim().equalsIgnoreCase("да"));
    }

    /** Grams and foods first (numbers as shown), then drops from the highest number, so no number shifts under another. */
    private PhotoDraft corrected(PhotoDraft draft, Corrections c) {
        for (String g : c.grams()) {
            String[] kv = pair(g, "--grams");
            draft = draft.withGrams(number(kv[0], "--grams"), amount(kv[1]));
        }
        for (String f : c.foods()) {
            String[] kv = pair(f, "--food");
            var food = context.aiApp().photos().food(kv[1]).orElseThrow(() -> new UserException("error.ate.photo.food", kv[1]));
            draft = draft.withFood(number(kv[0], "--food"), food);
        }
        for (int n : c.drops().stream().distinct().sorted(Comparator.reverseOrder()).toList()) draft = draft.without(n);
        return draft;
    }

    private static String[] pair(String value, String option) {
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) throw new UserException("error.ate.photo.pair", option, value);
        return new String[] {value.substring(0, eq).trim(), value.substring(eq + 1).trim()};
    }

    private static int number(String s, String option) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new UserException("error.ate.photo.pair", option, s);
        }
    }

    private static double amount(String s) {
        try {
            return Double.parseDouble(s.replace(',', '.').replaceAll("\\s*(g|г)$", ""));
        } catch (NumberFormatException e) {
            throw new UserException("error.ate.photo.pair", "--grams", s);
        }
    }
}
