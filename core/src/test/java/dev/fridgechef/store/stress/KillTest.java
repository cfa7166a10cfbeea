package dev.fridgechef.store.stress;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code kill -9} of a writer at random moments: after each kill the store must open, and every
 * operation must be there whole (all of its items) or not at all; every operation the writer
 * reported done must be there.
 */
public final class KillTest {
    public record Result(int rounds, int opened, List<String> problems) {
    }

    private KillTest() {
    }

    public static Result run(Path dir, int rounds, long seed) throws Exception {
        Path db = dir.resolve("store");
        Store.open(db).close();
        Random random = new Random(seed);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> problems = new ArrayList<>();
        int opened = 0;
        int next = 0;
        for (int round = 0; round < rounds; round++) {
            Path log = dir.resolve("kill" + round + ".log");
            Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KillWriter.class.getName(),
                    db.toString(), Integer.toString(next)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            waitForFirstDone(log, writer);
            Thread.sleep(random.nextInt(400));
            writer.destroyForcibly(); // SIGKILL
            writer.waitFor(30, TimeUnit.SECONDS);
            int reported = Files.readAllLines(log).stream().filter(l -> l.startsWith("done ")).mapToInt(l -> Integer.parseInt(l.substring(5)))
                    .max().orElse(next - 1);
            try (FridgeChef app = new FridgeChef(Store.open(db), TestFoods.get(), TestStores.CLOCK)) {
                opened++;
                TreeMap<Integer, Long> perOp = app.inventory().list().stream().map(StockEntry::item)
                        .collect(Collectors.groupingBy(i -> Integer.parseInt(i.name().substring(1, i.name().indexOf('-'))), TreeMap::new, Collectors.counting()));
                for (var e : perOp.entrySet()) {
                    if (e.getValue() != KillWriter.BATCH) problems.add("round " + round + ": operation " + e.getKey() + " has " + e.getValue() + " items");
                }
                for (int op = 0; op <= reported; op++) {
                    if (!perOp.containsKey(op)) problems.add("round " + round + ": operation " + op + " was reported done but is missing");
                }
                next = perOp.isEmpty() ? 0 : perOp.lastKey() + 1;
            } catch (RuntimeException e) {
                problems.add("round " + round + ": the store did not open: " + e.getMessage());
                break;
            }
        }
        return new Result(rounds, opened, problems);
    }

    private static void waitForFirstDone(Path log, Process writer) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && writer.isAlive()) {
            if (Files.exists(log) && Files.readString(log).contains("done ")) return;
            Thread.sleep(20);
        }
    }
}
