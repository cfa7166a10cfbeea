package dev.fridgechef.diary;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.unit.QuantityParser;

import java.util.List;

/**
 * How much of an entry was served: a recipe's servings, a food's amount as written ("150 g"), and
 * the foods with their grams. The rules for changing it live here, apart from any storage, so every
 * diary (the desktop's, the server's) edits entries the same way.
 */
public record ServedAmount(Double servings, String amount, List<FoodPortion> portions) {

    public ServedAmount {
        portions = List.copyOf(portions);
    }

    /**
     * This amount with new {@code servings} (a recipe's only) and/or new {@code grams} served (a food's
     * weight; a recipe or dish is scaled to it); null leaves a figure as it is. {@code entry} names the
     * entry in messages.
     */
    public ServedAmount edited(EntryKind kind, String foodId, Object entry, Double newServings, Double grams) {
        List<FoodPortion> p = portions;
        Double s = servings;
        String a = amount;
        if (newServings != null) {
            if (kind != EntryKind.RECIPE) throw new UserException("error.diary.edit.servings");
            EntryResolver.checkServings(newServings);
            p = scaled(p, newServings / servings);
            s = QuantityParser.round(newServings);
        }
        if (grams != null) {
            if (!(grams > 0) || grams > 100_000) throw new UserException("error.quantity.positive", QuantityParser.format(grams));
            if (kind == EntryKind.FOOD) {
                a = QuantityParser.format(grams) + " g";
                p = List.of(new FoodPortion(foodId, QuantityParser.round(grams), a));
            } else {
                double served = p.stream().filter(FoodPortion::weighed).mapToDouble(FoodPortion::grams).sum();
                if (served <= 0) throw new UserException("error.diary.edit.unweighed", entry);
                double factor = grams / served;
                p = scaled(p, factor);
                if (s != null) s = QuantityParser.round(s * factor);
            }
        }
        return new ServedAmount(s, a, p);
    }

    private static List<FoodPortion> scaled(List<FoodPortion> portions, double factor) {
        return portions.stream().map(p -> p.grams() == null ? p : new FoodPortion(p.foodId(), QuantityParser.round(p.grams() * factor), p.amount()))
                .toList();
    }
}
