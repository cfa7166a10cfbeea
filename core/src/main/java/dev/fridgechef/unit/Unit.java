package dev.fridgechef.unit;

/**
 * A unit of quantity. {@code code} is the canonical spelling kept in the store and printed
 * ("g", "cup", "large"); {@code factor} is grams per unit for mass, millilitres per unit for
 * volume, and unused for pieces and household measures.
 */
public record Unit(String code, UnitKind kind, double factor) {
    public static final Unit GRAM = new Unit("g", UnitKind.MASS, 1);
    public static final Unit KILOGRAM = new Unit("kg", UnitKind.MASS, 1000);
    public static final Unit OUNCE = new Unit("oz", UnitKind.MASS, 28.349523125);
    public static final Unit POUND = new Unit("lb", UnitKind.MASS, 453.59237);
    public static final Unit MILLILITRE = new Unit("ml", UnitKind.VOLUME, 1);
    public static final Unit LITRE = new Unit("l", UnitKind.VOLUME, 1000);
    public static final Unit CUP = new Unit("cup", UnitKind.VOLUME, 236.5882365);
    public static final Unit TABLESPOON = new Unit("tbsp", UnitKind.VOLUME, 14.78676478125);
    public static final Unit TEASPOON = new Unit("tsp", UnitKind.VOLUME, 4.92892159375);
    public static final Unit FLUID_OUNCE = new Unit("fl oz", UnitKind.VOLUME, 29.5735295625);
    public static final Unit PIECE = new Unit("pcs", UnitKind.COUNT, 1);

    public static Unit household(String measure) {
        return new Unit(measure, UnitKind.HOUSEHOLD, 0);
    }

    public boolean isStandard() {
        return kind != UnitKind.HOUSEHOLD;
    }
}
