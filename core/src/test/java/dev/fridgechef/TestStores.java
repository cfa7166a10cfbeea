package dev.fridgechef;

import dev.fridgechef.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Services over a fresh store in a temporary folder, with the clock fixed at 2026-11-25. */
public final class TestStores {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private TestStores() {
    }

    public static FridgeChef open(Path dir) {
        return new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), CLOCK);
    }
}
