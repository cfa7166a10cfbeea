package dev.fridgechef.unit;

public enum UnitKind {
    /** Grams, kilograms, ounces, pounds: converts to grams on its own. */
    MASS,
    /** Millilitres, litres, cups, spoons: needs the food's density from its SR21 measures. */
    VOLUME,
    /** Pieces: needs the food's weight of one piece from its SR21 measures. */
    COUNT,
    /** A household measure named by SR21 for that food ("large", "slice", "clove"). */
    HOUSEHOLD
}
