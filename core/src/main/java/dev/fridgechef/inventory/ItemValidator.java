package dev.fridgechef.inventory;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.SafeText;
import dev.fridgechef.text.TextNormalizer;
import dev.fridgechef.unit.GramConversion;
import dev.fridgechef.unit.QuantityParser;
import dev.fridgechef.unit.Unit;
import dev.fridgechef.unit.UnitKind;
import dev.fridgechef.unit.Units;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns an {@link ItemDraft} into a valid {@link InventoryItem}, or throws a {@link UserException} saying
 * why not. Names and notes are cleaned of control and bidirectional characters ({@link SafeText});
 * implausible amounts and expiry dates ({@link Plausibility}) pass only when forced.
 */
public final class ItemValidator {
    private static final int MAX_NAME = 200;
    private static final int MAX_NOTE = 1000;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final FoodDatabase foods;
    private final Function<String, Optional<Food>> resolver;

    public ItemValidator(FoodDatabase foods) {
        this(foods, name -> foods.search().resolve(name));
    }

    private ItemValidator(FoodDatabase foods, Function<String, Optional<Food>> resolver) {
        this.foods = foods;
        this.resolver = resolver;
    }

    /**
     * A validator that resolves each distinct name (as {@link TextNormalizer} folds it) once: for an
     * import, where the same foods come back on many rows and a search costs milliseconds.
     */
    public ItemValidator remembering() {
        Map<String, Optional<Food>> known = new HashMap<>();
        return new ItemValidator(foods, name -> known.computeIfAbsent(TextNormalizer.normalize(name), resolver));
    }

    public InventoryItem validate(ItemDraft draft, LocalDate today) {
        return validate(draft, today, false);
    }

    /** With {@code force}, implausible amounts and dates are kept (the person said they are right). */
    public InventoryItem validate(ItemDraft draft, LocalDate today, boolean force) {
        String name = draft.name() == null ? "" : SPACES.matcher(SafeText.clean(draft.name()).trim()).replaceAll(" ");
        if (name.isEmpty()) throw new UserException("error.name.empty");
        if (name.length() > MAX_NAME) throw new UserException("error.name.long", MAX_NAME);
        double quantity = QuantityParser.parse(draft.quantity());
        Food food = resolveFood(name, draft.foodId());
        String unit = canonicalUnit(draft.unit(), food);
        Location location = isBlank(draft.location()) ? Location.FRIDGE : Location.parse(draft.location());
        LocalDate expires = isBlank(draft.expires()) ? null : DateSpec.parseDate(draft.expires(), today);
        boolean opened = parseOpened(draft.opened());
        String note = isBlank(draft.note()) ? null : SafeText.clean(draft.note()).trim();
        if (note != null && note.isEmpty()) note = null;
        if (note != null && note.length() > MAX_NOTE) throw new UserException("error.note.long", MAX_NOTE);
        if (!force) Plausibility.check(name, quantity, unit, expires, today);
        return new InventoryItem(0, name, food == null ? null : food.id(), quantity, unit, location, today, expires, opened, note);
    }

    /**
     * {@code old} with the changes given (null fields stay as they are; a new name without a food id
     * resolves the food again), validated as a whole. Amount and expiry are checked for plausibility
     * only when they change, and with {@code force} not at all. The item keeps its id and the day it was added;
     * relative dates ("+3d") count from {@code today}, as everywhere.
     */
    public InventoryItem edit(InventoryItem old, ItemDraft changes, boolean clearExpiry, boolean force, LocalDate today) {
        boolean recheck = changes.quantity() != null || changes.unit() != null || changes.expires() != null;
        String nameChanged = changes.name();
        ItemDraft merged = new ItemDraft(
                or(nameChanged, old.name()),
                or(changes.quantity(), QuantityParser.format(old.quantity())),
                or(changes.unit(), old.unit()),
                or(changes.location(), old.location().key()),
                clearExpiry ? null : or(changes.expires(), old.expiresOn() == null ? null : old.expiresOn().toString()),
                or(changes.opened(), Boolean.toString(old.opened())),
                or(changes.note(), old.note()),
                changes.foodId() != null ? changes.foodId() : nameChanged != null ? null : old.foodId());
        InventoryItem validated = validate(merged, today, force || !recheck);
        return new InventoryItem(old.id(), validated.name(), validated.foodId(), validated.quantity(),
                validated.unit(), validated.location(), old.addedOn(), validated.expiresOn(), validated.opened(), validated.note());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private Food resolveFood(String name, String foodId) {
        if (!isBlank(foodId)) {
            return foods.byId(foodId).orElseThrow(() -> new UserException("error.food.unknown", foodId));
        }
        return resolver.apply(name).orElse(null);
    }

    /** The unit as stored: a standard code, or the SR21 measure of this food that it names. */
    public static String canonicalUnit(String text, Food food) {
        if (isBlank(text)) throw new UserException("error.unit.missing");
        Unit unit = Units.parse(text);
        if (unit.kind() != UnitKind.HOUSEHOLD) return unit.code();
        if (food == null) throw new UserException("error.unit.unknown", text, new Messages.UnitNames(Units.standardCodes()));
        return GramConversion.measureNamed(food, unit.code())
                .map(GramConversion::measureText)
                .orElseThrow(() -> new UserException("error.unit.unknown.food", text,
                        new Messages.Either(food.description(), food.displayName(true)), new Messages.UnitNames(Units.standardCodes()),
                        new Messages.UnitNames(GramConversion.measureNames(food))));
    }

    private static boolean parseOpened(String text) {
        if (isBlank(text)) return false;
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "opened", "open", "да", "открыт", "открыто" -> true;
            case "false", "no", "n", "0", "closed", "sealed", "нет", "закрыт", "закрыто" -> false;
            default -> throw new UserException("error.opened", text);
        };
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
