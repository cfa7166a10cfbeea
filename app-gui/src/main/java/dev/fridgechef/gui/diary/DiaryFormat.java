package dev.fridgechef.gui.diary;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.gui.GuiSession;

import java.text.NumberFormat;

/** The diary's numbers as shown: whole kcal, grams to one decimal, the person's number format. */
final class DiaryFormat {
    private DiaryFormat() {
    }

    static String number(GuiSession session, double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(session.messages().locale());
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        f.setGroupingUsed(false);
        return f.format(value);
    }

    static String grams(GuiSession session, double grams) {
        return number(session, grams, 1);
    }

    static String kcal(GuiSession session, double kcal) {
        return session.text("diaryview.kcal", number(session, kcal, 0));
    }

    static String percent(double percent) {
        return Math.round(percent) + " %";
    }

    /** "P 12 · F 5 · C 40 g". */
    static String macros(GuiSession session, Nutrients n) {
        return session.text("diaryview.macros", number(session, n.getOrZero(Nutrient.PROTEIN), 1), number(session, n.getOrZero(Nutrient.FAT), 1),
                number(session, n.getOrZero(Nutrient.CARBOHYDRATE), 1));
    }
}
