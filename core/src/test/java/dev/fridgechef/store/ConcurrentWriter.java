package dev.fridgechef.store;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.inventory.ItemDraft;

import java.nio.file.Path;

/** Run in a second JVM by {@link TwoProcessStoreTest}: adds N items to the store at the given path. */
public final class ConcurrentWriter {
    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (FridgeChef app = new FridgeChef(Store.open(db), TestFoods.get(), TestStores.CLOCK)) {
            for (int i = 0; i < count; i++) app.inventory().add(ItemDraft.of("child item " + i, "100", "g"));
        }
    }
}
