package dev.fridgechef.store.stress;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Real processes on one store: {@code processes} workers of {@code ops} random operations each
 * (add, use, edit, remove, cooked, import) plus a long-lived "app" process, then a check that the
 * store holds exactly the serial sum of what every process reported done: nothing lost, nothing
 * applied twice, no process failed.
 */
public final class StressTest {
    static final String RICE = "rice";
    private static final double RICE_GRAMS = 40_000;
    private static final double INGREDIENT_GRAMS = 20_000;

    /** What one round found. */
    public record Result(int operations, int failures, List<String> differences, long millis) {
        public boolean ok() {
            return failures == 0 && differences.isEmpty();
        }
    }

    private StressTest() {
    }

    public static Result round(Path dir, int processes, int ops) throws Exception {
        long start = System.currentTimeMillis();
        Path db = dir.resolve("store");
        String recipeId;
        Map<String, Double> initial = new HashMap<>();
        try (FridgeChef app = new FridgeChef(Store.open(db), TestFoods.get(), TestStores.CLOCK)) {
            RecipeFacts recipe = app.recipes().library().all().stream()
                    .filter(r -> r.foods().stream().noneMatch(f -> f.id().equals(riceId(app))))
                    .min(java.util.Comparator.comparingInt(r -> r.foods().size())).orElseThrow();
            recipeId = recipe.recipe().id();
            app.inventory().add(ItemDraft.of(RICE, Double.toString(RICE_GRAMS), "g"));
            for (var f : new HashSet<>(recipe.foods())) {
                app.inventory().add(new ItemDraft(f.displayName(false), Double.toString(INGREDIENT_GRAMS), "g", "pantry", null, null, null, f.id()));
            }
            for (StockEntry e : app.inventory().list()) initial.merge(e.item().foodId(), e.grams(), Double::sum);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        Path stop = dir.resolve("stop");
        List<Process> workers = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        Path appLog = dir.resolve("app.log");
        Process appProcess = new ProcessBuilder(java, "-cp", cp, StressApp.class.getName(), db.toString(), stop.toString())
                .redirectErrorStream(true).redirectOutput(appLog.toFile()).start();
        for (int p = 0; p < processes; p++) {
            Path log = dir.resolve("w" + p + ".log");
            logs.add(log);
            workers.add(new ProcessBuilder(java, "-cp", cp, StressWorker.class.getName(), db.toString(), "w" + p, Integer.toString(ops), recipeId)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        int failures = 0;
        for (Process w : workers) {
            if (!w.waitFor(15, TimeUnit.MINUTES)) w.destroyForcibly();
            if (w.exitValue() != 0) failures++;
        }
        Files.createFile(stop);
        if (!appProcess.waitFor(2, TimeUnit.MINUTES)) appProcess.destroyForcibly();
        if (appProcess.exitValue() != 0) failures++;
        logs.add(appLog);
        return new Result(processes * ops, failures, compare(db, initial, logs), System.currentTimeMillis() - start);
    }

    private static String riceId(FridgeChef app) {
        return app.foods().search().resolve(RICE).orElseThrow().id();
    }

    private static List<String> compare(Path db, Map<String, Double> initial, List<Path> logs) throws IOException {
        Set<String> names = new HashSet<>();
        Map<String, String> notes = new HashMap<>();
        Map<String, Double> expectedGrams = new HashMap<>(initial);
        List<String> differences = new ArrayList<>();
        try (FridgeChef app = new FridgeChef(Store.open(db), TestFoods.get(), TestStores.CLOCK)) {
            String rice = riceId(app);
            for (Path log : logs) {
                for (String line : Files.readAllLines(log)) {
                    String[] f = line.split(" ");
                    switch (f[0]) {
                        case "add" -> names.add(f[1]);
                        case "rm" -> names.remove(f[1]);
                        case "note" -> notes.put(f[1], f[2]);
                        case "use" -> expectedGrams.merge(rice, -Double.parseDouble(f[1]), Double::sum);
                        case "took" -> expectedGrams.merge(f[1], -Double.parseDouble(f[2]), Double::sum);
                        case "error" -> differences.add(log.getFileName() + ": " + line);
                        default -> { }
                    }
                }
            }
            Map<String, Double> actualGrams = new HashMap<>();
            Set<String> actualNames = new HashSet<>();
            for (StockEntry e : app.inventory().list()) {
                if (e.item().foodId() != null && initial.containsKey(e.item().foodId())) {
                    actualGrams.merge(e.item().foodId(), e.grams(), Double::sum);
                } else {
                    actualNames.add(e.item().name());
                    String note = notes.get(e.item().name());
                    if (note != null && !note.equals(e.item().note())) differences.add(e.item().name() + " note " + e.item().note() + " != " + note);
                }
            }
            if (!actualNames.equals(names)) differences.add("items differ: missing " + minus(names, actualNames) + ", unexpected " + minus(actualNames, names));
            for (var want : expectedGrams.entrySet()) {
                double have = actualGrams.getOrDefault(want.getKey(), 0.0);
                if (Math.abs(have - want.getValue()) > 0.5) differences.add("food " + want.getKey() + ": " + have + " g, expected " + want.getValue());
            }
        }
        return differences;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }
}
