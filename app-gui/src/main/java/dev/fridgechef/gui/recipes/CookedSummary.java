package dev.fridgechef.gui.recipes;

import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.inventory.InventoryService;

import java.util.ArrayList;
import java.util.List;

/** What "I cooked it" did to the stock, in the person's words: what was taken and what was missing. */
public final class CookedSummary {
    private CookedSummary() {
    }

    public static String text(GuiSession session, InventoryService.Consumption consumption) {
        boolean ru = session.russian();
        List<String> taken = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (InventoryService.Consumption.Taken t : consumption.taken()) {
            String name = t.food().displayName(ru);
            if (t.takenGrams() >= 0.5) taken.add(name + " " + session.text("recipedetails.grams", Math.round(t.takenGrams())));
            if (t.missingGrams() >= 0.5) missing.add(name + " " + session.text("recipedetails.grams", Math.round(t.missingGrams())));
        }
        List<String> lines = new ArrayList<>();
        lines.add(taken.isEmpty() ? session.text("recipedetails.cooked.nothing") : session.text("recipedetails.cooked.taken", String.join(", ", taken)));
        if (!missing.isEmpty()) lines.add(session.text("recipedetails.cooked.missing", String.join(", ", missing)));
        return String.join("\n", lines);
    }
}
