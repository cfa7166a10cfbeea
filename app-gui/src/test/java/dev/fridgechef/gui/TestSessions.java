package dev.fridgechef.gui;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.gui.settings.GuiPreferences;
import dev.fridgechef.gui.sync.SyncController;
import dev.fridgechef.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** A desktop session over a fresh store in a temporary folder, English, clock fixed at 2026-11-25. */
public final class TestSessions {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static FoodDatabase foods;

    private TestSessions() {
    }

    public static synchronized FoodDatabase foods() {
        if (foods == null) foods = FoodDatabase.load();
        return foods;
    }

    public static GuiSession open(Path dir) {
        Path database = dir.resolve("fridgechef");
        FridgeChef app = new FridgeChef(Store.open(database), foods(), CLOCK);
        return new GuiSession(app, database, Map.of(), dir.resolve("config"), new GuiPreferences("en", GuiPreferences.Theme.LIGHT));
    }

    /** A session whose background sync goes through {@code transports} on the given timing. */
    public static GuiSession open(Path dir, SyncController.Transports transports, SyncController.Timing timing) {
        Path database = dir.resolve("fridgechef");
        FridgeChef app = new FridgeChef(Store.open(database), foods(), CLOCK);
        return new GuiSession(app, database, Map.of(), dir.resolve("config"), new GuiPreferences("en", GuiPreferences.Theme.LIGHT), transports, timing);
    }
}
