package dev.fridgechef.bench;

import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.store.Store;
import dev.fridgechef.store.StoreLocation;
import dev.fridgechef.store.StoreOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * What the file does over many short commands (scripts/bench.sh store-close [CYCLES] [ITEMS]): a stock of
 * ITEMS items, then CYCLES commands, each opening the store and doing an add, a use and a remove, each
 * closing the file after it; prints the file's size and the mean time of a command, of which the
 * compaction's cost is a part (see Store#compactIfSparse).
 */
public final class StoreCloseBench {
    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dir = Files.createTempDirectory("fridgechef-close-");
        Path path = dir.resolve("store");
        FoodDatabase foods = FoodDatabase.load();
        Clock clock = Clock.systemDefaultZone();
        StoreOptions options = StoreOptions.DEFAULT.withLinger(Duration.ZERO).withoutBackups().withoutCompactingOnClose();
        try (Store store = Store.open(path, options)) {
            InventoryService stock = new InventoryService(store.jdbi(), foods, clock);
            for (int i = 0; i < items; i++) stock.add(ItemDraft.of("rice " + i, "1", "kg"));
        }
        System.out.printf("%d items: %d KB%n", items, Files.size(StoreLocation.databaseFile(path)) / 1024);
        long start = System.nanoTime();
        for (int k = 1; k <= cycles; k++) {
            // one command: the store opened, three units of work, each closing the file, and closed
            try (Store store = Store.open(path, options)) {
                InventoryService stock = new InventoryService(store.jdbi(), foods, clock);
                stock.add(ItemDraft.of("milk " + k, "1", "l"));
                stock.use("rice " + (k % items), "10", "g");
                stock.remove("milk " + k, true);
            }
            if (k % Math.max(1, cycles / 4) == 0) {
                System.out.printf("after %4d commands: %6d KB, %.1f ms a command%n", k,
                        Files.size(StoreLocation.databaseFile(path)) / 1024, (System.nanoTime() - start) / 1e6 / k);
            }
        }
    }
}
