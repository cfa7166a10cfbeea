package dev.fridgechef.store.stress;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.store.Store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One process of the store stress test: N random operations, each on a freshly opened store as a
 * CLI command would do, printing one line per operation that took effect:
 * {@code add NAME}, {@code rm NAME}, {@code note NAME TEXT}, {@code use GRAMS}, {@code took FOODID GRAMS}.
 * Any exception is printed as {@code error ...} and ends the process with code 3.
 */
public final class StressWorker {
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        String me = args[1];
        int ops = Integer.parseInt(args[2]);
        String recipeId = args[3];
        Random random = new Random(me.hashCode());
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        List<String> mine = new ArrayList<>();
        try {
            for (int n = 0; n < ops; n++) {
                try (FridgeChef app = new FridgeChef(Store.open(db), TestFoods.get(), TestStores.CLOCK)) {
                    InventoryService stock = app.inventory();
                    switch (random.nextInt(6)) {
                        case 0 -> {
                            String name = me + "-" + n;
                            stock.add(ItemDraft.of(name, "1", "pcs"));
                            mine.add(name);
                            out.println("add " + name);
                        }
                        case 1 -> {
                            stock.use(StressTest.RICE, "10", "g");
                            out.println("use 10");
                        }
                        case 2 -> {
                            if (mine.isEmpty()) continue;
                            String name = mine.get(random.nextInt(mine.size()));
                            long id = idOf(stock, name);
                            stock.edit(id, new ItemDraft(null, null, null, null, null, null, "edit" + n, null), false);
                            out.println("note " + name + " edit" + n);
                        }
                        case 3 -> {
                            if (mine.isEmpty()) continue;
                            String name = mine.remove(random.nextInt(mine.size()));
                            stock.remove(Long.toString(idOf(stock, name)), false);
                            out.println("rm " + name);
                        }
                        case 4 -> {
                            var consumption = app.cooking().cooked(recipeId, 1);
                            for (var t : consumption.taken()) out.println("took " + t.food().id() + " " + t.takenGrams());
                        }
                        default -> {
                            List<ItemDraft> rows = new ArrayList<>();
                            List<Integer> lines = new ArrayList<>();
                            for (int k = 0; k < 3; k++) {
                                rows.add(ItemDraft.of(me + "-" + n + "i" + k, "2", "pcs"));
                                lines.add(k + 2);
                            }
                            stock.addAll(rows, lines);
                            for (ItemDraft d : rows) {
                                mine.add(d.name());
                                out.println("add " + d.name());
                            }
                        }
                    }
                }
            }
        } catch (Exception e) {
            out.println("error " + e);
            e.printStackTrace(out);
            System.exit(3);
        }
    }

    private static long idOf(InventoryService stock, String name) {
        return stock.list().stream().filter(e -> e.item().name().equals(name)).map(StockEntry::item).findFirst().orElseThrow().id();
    }
}
