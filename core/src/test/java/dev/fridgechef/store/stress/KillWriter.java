package dev.fridgechef.store.stress;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.store.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes until it is killed: operation N imports {@link #BATCH} items named "kN-i" in one
 * transaction and takes 1 g of rice, printing "done N" after each.
 */
public final class KillWriter {
    static final int BATCH = 10;

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        try (FridgeChef app = new FridgeChef(Store.open(db), TestFoods.get(), TestStores.CLOCK)) {
            for (int n = first; ; n++) {
                List<ItemDraft> rows = new ArrayList<>();
                List<Integer> lines = new ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    rows.add(ItemDraft.of("k" + n + "-" + i, "1", "pcs"));
                    lines.add(i + 2);
                }
                app.inventory().addAll(rows, lines);
                System.out.println("done " + n);
            }
        }
    }
}
