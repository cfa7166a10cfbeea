package dev.fridgechef.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.fridgechef.i18n.UserException;

import java.util.Locale;

/** How much shopping a plan may ask: none (stock and staples only), few (the fewest items that reach the targets), any. */
public enum ShopMode {
    NONE, FEW, ANY;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ShopMode parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "none", "нет" -> NONE;
            case "few", "мало" -> FEW;
            case "any", "любые" -> ANY;
            default -> throw new UserException("error.plan.shop", text);
        };
    }
}
