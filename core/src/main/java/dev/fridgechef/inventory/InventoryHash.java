package dev.fridgechef.inventory;

import dev.fridgechef.text.Sha256;
import dev.fridgechef.text.TextNormalizer;
import dev.fridgechef.unit.QuantityParser;
import dev.fridgechef.unit.Unit;
import dev.fridgechef.unit.UnitKind;
import dev.fridgechef.unit.Units;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of the stock that changes when the fridge changes materially and not otherwise.
 * Plans are cached under it ("same fridge today, same plan").
 *
 * <p>Canonical form, one line per (food, expiry date, measure), lines sorted, joined by "\n",
 * prefixed with the form's version, hashed with SHA-256 (hex):
 * <pre>v2
 * 01123|450 g|2026-12-05
 * name:grandma s jam|2 pcs|-</pre>
 * <ul>
 *   <li>the food is the resolved SR21 id; an unresolved item stands by its normalized name
 *       (case, spacing, punctuation and "ё" folded);</li>
 *   <li>items of the same food, expiry and measure are summed first, so splitting a pack changes
 *       nothing;</li>
 *   <li>the measure is grams when the item has a known weight, so "1 kg", "1000 g" and
 *       "1000 grams" are the same. Without a known weight it is the canonical unit: millilitres for
 *       any volume ("1 l" = "1000 ml"), else the unit itself ("pcs", "шт" and "pieces" are one;
 *       "jar" and "bottle" are two lines);</li>
 *   <li>amounts are rounded to steps. Grams and millilitres: 10 below 100, 50 below 1000, 100
 *       below 5000, 500 above. Counts and household measures: 0.5 below 10, 1 below 50, 5 above.
 *       So a few grams used do not make a new fridge, while a change of at least one step (of the
 *       larger amount's range) always does;</li>
 *   <li>location, opened flag, notes and the date an item was added do not count.</li>
 * </ul>
 */
public final class InventoryHash {
    static final String VERSION = "v2";

    private InventoryHash() {
    }

    public static String of(List<StockEntry> stock) {
        return Sha256.hex(canonicalForm(stock));
    }

    public static String canonicalForm(List<StockEntry> stock) {
        Map<String, Double> amounts = new TreeMap<>();
        for (StockEntry e : stock) {
            InventoryItem item = e.item();
            String food = item.foodId() != null ? item.foodId() : "name:" + TextNormalizer.normalize(item.name());
            String expiry = item.expiresOn() == null ? "-" : item.expiresOn().toString();
            Measured m = measured(e);
            amounts.merge(food + "|" + m.unit() + "|" + expiry, m.amount(), Double::sum);
        }
        StringBuilder out = new StringBuilder(VERSION);
        amounts.forEach((key, amount) -> {
            String[] k = key.split("\\|", 3);
            boolean weighedOrPoured = k[1].equals("g") || k[1].equals("ml");
            String rounded = weighedOrPoured ? Long.toString(roundGrams(amount)) : QuantityParser.format(roundCount(amount));
            out.append('\n').append(k[0]).append('|').append(rounded).append(' ').append(k[1]).append('|').append(k[2]);
        });
        return out.toString();
    }

    private record Measured(double amount, String unit) {
    }

    private static Measured measured(StockEntry e) {
        if (e.grams() != null) return new Measured(e.grams(), "g");
        Unit unit = Units.parse(e.item().unit());
        if (unit.kind() == UnitKind.VOLUME) return new Measured(e.item().quantity() * unit.factor(), "ml");
        // a mass unit always has a weight; what is left is pieces and household measures
        return new Measured(e.item().quantity(), unit.code());
    }

    static long roundGrams(double g) {
        long step = g < 100 ? 10 : g < 1000 ? 50 : g < 5000 ? 100 : 500;
        return Math.round(g / step) * step;
    }

    static double roundCount(double n) {
        double step = n < 10 ? 0.5 : n < 50 ? 1 : 5;
        return Math.round(n / step) * step;
    }
}
