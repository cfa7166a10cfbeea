package dev.fridgechef.gui.recipes;

/** Picks the plural form of a counted text: {@code key.one}, {@code key.few} (Russian 2–4) or {@code key.many}. */
final class Plurals {
    private Plurals() {
    }

    static String key(String base, long n, boolean russian) {
        if (!russian) return base + (n == 1 ? ".one" : ".many");
        long mod10 = n % 10;
        long mod100 = n % 100;
        if (mod10 == 1 && mod100 != 11) return base + ".one";
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return base + ".few";
        return base + ".many";
    }
}
