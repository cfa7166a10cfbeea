package dev.fridgechef.server.stock;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.server.http.ApiException;

/** Core's refusals of an item (bad name, unit, date, implausible amount ...) as 422 naming the field. */
final class StockErrors {
    private StockErrors() {
    }

    static ApiException of(UserException e) {
        String key = e.key();
        String field = key.startsWith("error.name") ? "name"
                : key.startsWith("error.quantity") || key.equals("error.implausible.amount") || key.startsWith("error.use") ? "quantity"
                : key.startsWith("error.unit") ? "unit"
                : key.equals("error.location") ? "location"
                : key.startsWith("error.date") || key.equals("error.implausible.expiry") ? "expires"
                : key.equals("error.opened") ? "opened"
                : key.startsWith("error.note") ? "note"
                : key.equals("error.food.unknown") ? "foodId"
                : "item";
        String message = key.startsWith("error.implausible")
                ? e.getMessage().replace("run the command again with --force", "send it again with \"force\": true")
                : e.getMessage();
        return ApiException.invalidField(field, message);
    }
}
