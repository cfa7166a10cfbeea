package dev.fridgechef.inventory;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.unit.QuantityParser;
import dev.fridgechef.unit.Unit;
import dev.fridgechef.unit.UnitKind;
import dev.fridgechef.unit.Units;

import java.time.LocalDate;

/**
 * Values that are possible but far more likely a typo: more than 100 kg, 100 l or 1000 pieces
 * (or household measures) of one item, an expiry before 2000-01-01 or more than 10 years ahead.
 * They are refused with a message that names {@code --force}; forced, they are kept.
 */
final class Plausibility {
    static final double MAX_GRAMS = 100_000;
    static final double MAX_MILLILITRES = 100_000;
    static final double MAX_COUNT = 1000;
    static final LocalDate EARLIEST_EXPIRY = LocalDate.of(2000, 1, 1);
    static final int MAX_YEARS_AHEAD = 10;

    private Plausibility() {
    }

    static void check(String name, double quantity, String unitCode, LocalDate expires, LocalDate today) {
        Unit unit = Units.parse(unitCode);
        String limit = switch (unit.kind()) {
            case MASS -> quantity * unit.factor() > MAX_GRAMS ? "100 kg" : null;
            case VOLUME -> quantity * unit.factor() > MAX_MILLILITRES ? "100 l" : null;
            case COUNT, HOUSEHOLD -> quantity > MAX_COUNT ? "1000 " + (unit.kind() == UnitKind.COUNT ? "pcs" : unitCode) : null;
        };
        if (limit != null) {
            throw new UserException("error.implausible.amount", QuantityParser.format(quantity), unitCode, name, limit);
        }
        if (expires != null && (expires.isBefore(EARLIEST_EXPIRY) || expires.isAfter(today.plusYears(MAX_YEARS_AHEAD)))) {
            throw new UserException("error.implausible.expiry", expires, EARLIEST_EXPIRY, MAX_YEARS_AHEAD);
        }
    }
}
