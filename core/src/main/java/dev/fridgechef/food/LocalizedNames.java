package dev.fridgechef.food;

/** A display name in English and Russian; either may be empty. */
public record LocalizedNames(String en, String ru) {
    public static final LocalizedNames NONE = new LocalizedNames("", "");
}
