package dev.fridgechef.inventory;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.util.Random;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the {@link InventoryHash} Javadoc promises, over generated fridges: every change that should
 * change a plan changes the hash; order, case, spacing, unit spelling and splitting do not.
 * Stocks are built with one item per (food, measure, expiry), so each item is its own line.
 */
class InventoryHashProperties {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final List<String> NAMES = List.of("grandma's jam", "homemade pesto", "квашеная капуста", "mystery sauce", "kimchi");
    private static final List<String> UNWEIGHED_UNITS = List.of("pcs", "jar", "bottle", "ml", "cup");

    /** One stock line as generated: a food (id or name), whether it has a weight, the amount and unit, the expiry. */
    record Line(String foodId, String name, boolean weighed, double amount, String unit, LocalDate expires) {
        String key() {
            return (foodId != null ? foodId : name) + "|" + (weighed ? "g" : baseUnit()) + "|" + expires;
        }

        String baseUnit() {
            return unit.equals("ml") || unit.equals("cup") ? "ml" : unit;
        }

        /** Grams, or millilitres, or the count: what the hash rounds. */
        double base() {
            return unit.equals("cup") ? amount * 236.5882365 : amount;
        }

        StockEntry entry() {
            return entry(name, unit, amount);
        }

        /** The entry as the store would give it; a weighed line's unit is always a spelling of grams. */
        StockEntry entry(String shownName, String shownUnit, double shownAmount) {
            InventoryItem item = new InventoryItem(0, shownName, foodId, shownAmount, shownUnit, Location.FRIDGE, TODAY, expires, false, null);
            return new StockEntry(item, null, weighed ? shownAmount : null, null);
        }

        /** Not within a hair of a rounding boundary, where a split pack's float sum could round the other way. */
        boolean clearOfBoundaries() {
            double steps = base() / step(base(), !weighed && !baseUnit().equals("ml"));
            return Math.abs(steps - Math.floor(steps) - 0.5) > 1e-6;
        }

        Line withAmount(double a) {
            return new Line(foodId, name, weighed, a, unit, expires);
        }
    }

    @Provide
    Arbitrary<List<Line>> stocks() {
        return line().list().ofMinSize(1).ofMaxSize(12).uniqueElements(Line::key);
    }

    private Arbitrary<Line> line() {
        Arbitrary<LocalDate> expiry = Arbitraries.integers().between(-1, 20).injectNull(0.3).map(d -> d == null ? null : TODAY.plusDays(d));
        Arbitrary<Line> weighed = Combinators.combine(Arbitraries.integers().between(1000, 1020), Arbitraries.doubles().between(5, 20000), expiry)
                .as((id, grams, exp) -> new Line("0" + id, "food " + id, true, grams, "g", exp));
        Arbitrary<Line> unweighed = Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(UNWEIGHED_UNITS),
                        Arbitraries.doubles().between(0.5, 80), expiry)
                .as((name, unit, n, exp) -> new Line(null, name, false, unit.equals("ml") ? n * 25 : n, unit, exp));
        return Arbitraries.oneOf(weighed, unweighed).filter(Line::clearOfBoundaries);
    }

    private static String hash(List<Line> lines) {
        return InventoryHash.of(lines.stream().map(Line::entry).toList());
    }

    /** The rounding step the Javadoc documents for an amount of this measure. */
    private static double step(double amount, boolean countable) {
        if (countable) return amount < 10 ? 0.5 : amount < 50 ? 1 : 5;
        return amount < 100 ? 10 : amount < 1000 ? 50 : amount < 5000 ? 100 : 500;
    }

    @Property
    void orderCaseSpacingUnitSpellingAndSplittingDoNotCount(@ForAll("stocks") List<Line> stock, @ForAll Random random) {
        List<StockEntry> disguised = new ArrayList<>();
        for (Line l : stock) {
            String name = disguise(l.name(), random);
            if (random.nextBoolean()) {
                double part = l.amount() * (0.2 + 0.6 * random.nextDouble());
                disguised.add(respell(l, name, part, random));
                disguised.add(respell(l, name, l.amount() - part, random));
            } else {
                disguised.add(respell(l, name, l.amount(), random));
            }
        }
        Collections.shuffle(disguised, random);
        assertThat(InventoryHash.of(disguised)).isEqualTo(hash(stock));
    }

    private static String disguise(String name, Random random) {
        String cased = random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name;
        return (random.nextBoolean() ? "  " : "") + cased.replace(" ", random.nextBoolean() ? "   " : " ") + (random.nextBoolean() ? " " : "");
    }

    /** The same amount in another spelling of the unit (or another unit of the same kind). */
    private static StockEntry respell(Line l, String name, double amount, Random random) {
        int pick = random.nextInt(3);
        return switch (l.unit()) {
            case "g" -> l.entry(name, List.of("g", "гр", "grams").get(pick), amount);
            case "pcs" -> l.entry(name, List.of("pcs", "шт", "pieces").get(pick), amount);
            case "ml" -> pick == 0 ? l.entry(name, "l", amount / 1000) : l.entry(name, List.of("мл", "milliliters").get(pick - 1), amount);
            case "cup" -> l.entry(name, List.of("cup", "cups", "стакан").get(pick), amount);
            default -> l.entry(name, pick == 0 ? l.unit().toUpperCase(Locale.ROOT) : l.unit(), amount);
        };
    }

    @Property
    void addingOrRemovingAnItemCounts(@ForAll("stocks") List<Line> stock, @ForAll Random random) {
        List<Line> fewer = new ArrayList<>(stock);
        fewer.remove(random.nextInt(fewer.size()));
        assertThat(hash(fewer)).isNotEqualTo(hash(stock));
    }

    @Property
    void anotherFoodCounts(@ForAll("stocks") List<Line> stock, @ForAll Random random) {
        int i = random.nextInt(stock.size());
        Line l = stock.get(i);
        Line other = l.weighed() ? new Line("09" + (100 + random.nextInt(900)), l.name(), true, l.amount(), l.unit(), l.expires())
                : new Line(null, "another " + l.name(), false, l.amount(), l.unit(), l.expires());
        assertThat(hash(replace(stock, i, other))).isNotEqualTo(hash(stock));
    }

    @Property
    void anotherExpiryDayCounts(@ForAll("stocks") List<Line> stock, @ForAll Random random) {
        int i = random.nextInt(stock.size());
        Line l = stock.get(i);
        LocalDate day = l.expires() == null ? TODAY.plusDays(30) : random.nextBoolean() ? null : l.expires().plusDays(1 + random.nextInt(60));
        Line moved = new Line(l.foodId(), l.name(), l.weighed(), l.amount(), l.unit(), day);
        Assume.that(stock.stream().noneMatch(s -> s.key().equals(moved.key())));
        assertThat(hash(replace(stock, i, moved))).isNotEqualTo(hash(stock));
    }

    @Property
    void aQuantityChangeOfAtLeastOneStepCounts(@ForAll("stocks") List<Line> stock, @ForAll Random random) {
        int i = random.nextInt(stock.size());
        Line l = stock.get(i);
        double factor = random.nextBoolean() ? 0.2 + 0.75 * random.nextDouble() : 1.05 + 3 * random.nextDouble();
        Line changed = l.withAmount(l.amount() * factor);
        boolean countable = !l.weighed() && !l.baseUnit().equals("ml");
        double larger = Math.max(l.base(), changed.base());
        Assume.that(Math.abs(changed.base() - l.base()) >= step(larger, countable));
        assertThat(hash(replace(stock, i, changed))).isNotEqualTo(hash(stock));
    }

    @Property
    void anUnweighedItemInAnotherUnitCounts(@ForAll("stocks") List<Line> stock, @ForAll Random random) {
        List<Line> unweighed = stock.stream().filter(l -> !l.weighed()).toList();
        Assume.that(!unweighed.isEmpty());
        Line l = unweighed.get(random.nextInt(unweighed.size()));
        String unit = UNWEIGHED_UNITS.get(random.nextInt(UNWEIGHED_UNITS.size()));
        Line other = new Line(null, l.name(), false, l.amount(), unit, l.expires());
        Assume.that(stock.stream().noneMatch(s -> s.key().equals(other.key())));
        assertThat(hash(replace(stock, stock.indexOf(l), other))).isNotEqualTo(hash(stock));
    }

    @Property
    void aSecondPackageInAnotherUnitCounts(@ForAll("stocks") List<Line> stock, @ForAll Random random) {
        Line l = stock.get(random.nextInt(stock.size()));
        Line jar = new Line(l.foodId(), l.name(), false, 1, "jar", l.expires());
        Assume.that(stock.stream().noneMatch(s -> s.key().equals(jar.key())));
        List<Line> more = new ArrayList<>(stock);
        more.add(jar);
        assertThat(hash(more)).isNotEqualTo(hash(stock));
    }

    private static List<Line> replace(List<Line> stock, int i, Line line) {
        List<Line> out = new ArrayList<>(stock);
        out.set(i, line);
        return out;
    }
}
