package dev.fridgechef;

import dev.fridgechef.demo.SampleData;
import dev.fridgechef.inventory.ItemDraft;
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

    /** A store with the demo's profile and fridge (SampleData), as the planner tests start from. */
    public static FridgeChef openWithSample(Path dir) {
        FridgeChef app = open(dir);
        app.profiles().update(SampleData.profile());
        for (ItemDraft d : SampleData.fridge()) app.inventory().add(d);
        return app;
    }
}
