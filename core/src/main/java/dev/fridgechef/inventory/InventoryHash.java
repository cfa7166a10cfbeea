package dev.fridgechef.inventory;

import dev.fridgechef.text.Sha256;
import dev.fridgechef.text.TextNormalizer;
import dev.fridgechef.unit.QuantityParser;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of the stock that changes when the fridge changes materially and not otherwise.
 * Plans are cached under it ("same fridge today, same plan").
 *
 * <p>Canonical form, one line per (food, expiry date), lines sorted, joined by "\n", prefixed with
 * the form's version, hashed with SHA-256 (hex):
 * <pre>v1
 * 01123|600|2026-11-30
 * name:grandma s jam|2 jar|-</pre>
 * <ul>
 *   <li>the food is the resolved SR21 id; an unresolved item stands by its normalized name
 *       (case, spacing, punctuation and "ё" folded);</li>
 *   <li>items of the same food and expiry are summed first, so splitting a pack changes nothing;</li>
 *   <li>the amount is in grams, so "1 kg", "1000 g" and "1000 grams" are the same, rounded to
 *       steps: 10 g below 100 g, 50 g below 1 kg, 100 g below 5 kg, 500 g above; a few grams
 *       used do not make a new fridge. Where no conversion to grams exists the quantity and
 *       canonical unit stand instead;</li>
 *   <li>location, opened flag, notes and the date an item was added do not count.</li>
 * </ul>
 */
public final class InventoryHash {
    private InventoryHash() {
    }

    public static String of(List<StockEntry> stock) {
        return Sha256.hex(canonicalForm(stock));
    }

    public static String canonicalForm(List<StockEntry> stock) {
        Map<String, Double> grams = new TreeMap<>();
        Map<String, Double> otherUnits = new TreeMap<>();
        for (StockEntry e : stock) {
            InventoryItem item = e.item();
            String food = item.foodId() != null ? item.foodId() : "name:" + TextNormalizer.normalize(item.name());
            String expiry = item.expiresOn() == null ? "-" : item.expiresOn().toString();
            if (e.grams() != null) {
                grams.merge(food + "|" + expiry, e.grams(), Double::sum);
            } else {
                otherUnits.merge(food + "|" + expiry + "|" + item.unit(), item.quantity(), Double::sum);
            }
        }
        TreeMap<String, String> lines = new TreeMap<>();
        grams.forEach((key, g) -> {
            String[] k = key.split("\\|", 2);
            lines.put(key, k[0] + "|" + roundGrams(g) + "|" + k[1]);
        });
        otherUnits.forEach((key, q) -> {
            String[] k = key.split("\\|", 3);
            lines.put(k[0] + "|" + k[1], k[0] + "|" + QuantityParser.format(q) + " " + k[2] + "|" + k[1]);
        });
        StringBuilder out = new StringBuilder("v1");
        for (String line : lines.values()) out.append('\n').append(line);
        return out.toString();
    }

    static long roundGrams(double g) {
        long step = g < 100 ? 10 : g < 1000 ? 50 : g < 5000 ? 100 : 500;
        return Math.round(g / step) * step;
    }
}
