package dev.fridgechef.export;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.unit.QuantityParser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How exports write numbers, dates, units and meals in the reader's language (a decimal comma in Russian). */
final class Shown {
    private final Messages m;

    Shown(Messages m) {
        this.m = m;
    }

    Messages messages() {
        return m;
    }

    boolean russian() {
        return m.isRussian();
    }

    String text(String key, Object... args) {
        return args.length == 0 ? m.get(key) : m.format(key, args);
    }

    String num(double value, int decimals) {
        if (Double.isNaN(value)) return "–";
        String s = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return decimal(s);
    }

    /** A quantity as people write it: "2", "1.5" ("1,5" in Russian). */
    String quantity(double value) {
        return decimal(QuantityParser.format(value));
    }

    private String decimal(String s) {
        if (s.equals("-0")) s = "0";
        return m.isRussian() ? s.replace('.', ',') : s;
    }

    /** "+3 %", "−2 %": how far {@code value} is from {@code target}. */
    String deviation(double value, double target) {
        if (target <= 0) return "";
        long p = Math.round((value - target) / target * 100);
        return (p > 0 ? "+" : p < 0 ? "−" : "±") + Math.abs(p) + " %";
    }

    /** "Monday, 1 December 2026" ("Понедельник, 1 декабря 2026 г."). */
    String longDate(LocalDate d) {
        String s = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", m.locale()).format(d);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    String date(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(m.locale()).format(d);
    }

    String shortDate(LocalDate d) {
        String s = DateTimeFormatter.ofPattern("EEE d MMM", m.locale()).format(d);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    String meal(MealType meal) {
        return m.get("meal." + meal.key());
    }

    /** A unit in the reader's language where the texts have it ("шт."), else as written ("tbsp"). */
    String unit(String unit) {
        if (unit == null) return "";
        if (m.has("unit." + unit)) return m.get("unit." + unit);
        return m.has("export.unit." + unit) ? m.get("export.unit." + unit) : unit;
    }

    String title(MealPlan.Meal meal) {
        return m.isRussian() ? meal.titleRu() : meal.titleEn();
    }

    String name(String en, String ru) {
        return m.isRussian() && ru != null && !ru.isBlank() ? ru : en;
    }

    /** The shopping line's amount: "2 pcs", "400 g", "1000 ml". */
    String shopAmount(MealPlan.ShoppingItem item) {
        return quantity(item.quantity()) + " " + unit(item.unit());
    }
}
