package dev.fridgechef.inventory;

import dev.fridgechef.food.Food;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.unit.GramConversion;
import dev.fridgechef.unit.QuantityParser;
import dev.fridgechef.unit.Units;

import java.util.OptionalDouble;

/** Taking an amount out of one item: the unit conversion and the used-up rule that {@link InventoryService#use} applies to each item. */
public final class ItemUse {
    /** What is left of an item below this share of a unit counts as used up. */
    public static final double USED_UP = 0.0005;

    private ItemUse() {
    }

    /** How many {@code to} units one {@code from} unit of {@code food} is, or NaN when they cannot be compared. */
    public static double perUnit(Food food, String from, String to) {
        if (from.equals(to)) return 1;
        OptionalDouble fromGrams = GramConversion.toGrams(food, 1, Units.parse(from));
        OptionalDouble toGrams = GramConversion.toGrams(food, 1, Units.parse(to));
        if (fromGrams.isEmpty() || toGrams.isEmpty()) return Double.NaN;
        return fromGrams.getAsDouble() / toGrams.getAsDouble();
    }

    /**
     * Takes {@code quantity} {@code unit} (a canonical unit, see {@link ItemValidator#canonicalUnit}) out of
     * {@code item} of {@code food}: what is taken and what is left (0: used up). Refuses when the item
     * holds less or its unit does not convert.
     */
    public static UseResult.Change take(InventoryItem item, Food food, double quantity, String unit) {
        double perItemUnit = perUnit(food, item.unit(), unit);
        if (Double.isNaN(perItemUnit)) throw new UserException("error.use.units", item.name(), unit);
        double available = item.quantity() * perItemUnit;
        if (quantity - available > USED_UP * Math.max(1, quantity)) {
            throw new UserException("error.use.short", new Messages.Amount(quantity, unit), item.name(), new Messages.Amount(available, unit));
        }
        double left = QuantityParser.round(item.quantity() - Math.min(quantity, available) / perItemUnit);
        return new UseResult.Change(item, QuantityParser.round(item.quantity() - left), left <= USED_UP ? 0 : left);
    }
}
