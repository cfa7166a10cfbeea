package dev.fridgechef.gui.fridge;

import dev.fridgechef.i18n.UserException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A quantity as one piece of text, "500 g", "1.5 kg", "6 large", "2 шт", for the table's quantity cell. */
record QuantityText(String quantity, String unit) {
    private static final Pattern AMOUNT_THEN_UNIT = Pattern.compile("^\\s*([0-9]+(?:[.,][0-9]+)?(?:\\s*/\\s*[0-9]+)?)\\s*(.*?)\\s*$");

    /** Splits the number from the unit; a missing unit keeps {@code currentUnit}. */
    static QuantityText parse(String text, String currentUnit) {
        Matcher m = AMOUNT_THEN_UNIT.matcher(text == null ? "" : text);
        if (!m.matches()) throw new UserException("error.quantity", text == null ? "" : text);
        String unit = m.group(2).isEmpty() ? currentUnit : m.group(2);
        return new QuantityText(m.group(1).replace(" ", ""), unit);
    }
}
