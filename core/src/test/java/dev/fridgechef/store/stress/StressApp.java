package dev.fridgechef.store.stress;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The desktop app during the stress test: one long-lived process with the store open, reading the
 * stock every 300 ms (as the Fridge page does every 3 s) and adding an item now and then, until the
 * stop file appears. Prints {@code add NAME} for its additions, {@code error ...} on any exception.
 */
public final class StressApp {
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path stop = Path.of(args[1]);
        int n = 0;
        try (FridgeChef app = new FridgeChef(Store.open(db), TestFoods.get(), TestStores.CLOCK)) {
            while (!Files.exists(stop)) {
                app.inventory().list();
                if (++n % 5 == 0) {
                    app.inventory().add(ItemDraft.of("app-" + n, "1", "pcs"));
                    System.out.println("add app-" + n);
                }
                Thread.sleep(300);
            }
        } catch (Exception e) {
            System.out.println("error " + e);
            System.exit(3);
        }
    }
}
