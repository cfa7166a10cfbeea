package dev.fridgechef.bench;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.demo.SampleData;
import dev.fridgechef.diary.DiaryDay;
import dev.fridgechef.diary.DiaryService;
import dev.fridgechef.diary.NewEntry;
import dev.fridgechef.insights.Insights;
import dev.fridgechef.insights.InsightsService;
import dev.fridgechef.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * A year of diary (365 days × 5 entries: two recipes, two foods and a dish a day) in a fresh store,
 * then the month view read again and again in a warm JVM: what {@code fridge diary --month} asks of
 * the store (every day of a 31-day month with its sessions, entries, foods and nutrition, and the
 * targets). Prints the figures; the store is kept when a path is given (scripts/bench.sh diary PATH)
 * so the whole command can be timed on it (a kept store is used again as it is). Then the insights of
 * the last 8 weeks, what {@code fridge insights} asks, timed the same way.
 */
public final class DiaryBench {
    private static final int DAYS = 365;
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("fridgechef-diary-bench");
        Files.createDirectories(dir);
        try (FridgeChef app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), TestStores.CLOCK)) {
            app.profiles().update(SampleData.profile());
            DiaryService diary = app.diary().as("bench");
            LocalDate last = diary.now().toLocalDate();
            List<NewEntry> day = List.of(
                    diary.resolver().resolve("oatmeal-apple-cinnamon", 1.0, null),
                    diary.resolver().resolve("apple 150 g", null, null),
                    diary.resolver().resolve("borscht", 1.5, null),
                    diary.resolver().resolve("cheddar 30 g", null, null),
                    diary.resolver().resolve("chicken breast 200 g, rice 150 g, tomato 100 g", null, "Chicken with rice"));
            List<LocalTime> times = List.of(LocalTime.of(8, 0), LocalTime.of(11, 0), LocalTime.of(13, 30), LocalTime.of(16, 30), LocalTime.of(19, 0));
            List<Double> eaten = List.of(100.0, 100.0, 80.0, 100.0, 90.0);
            if (diary.span().isPresent()) {
                System.out.println("diary: the store kept from an earlier run is used as it is");
            } else {
                long start = System.nanoTime();
                for (int d = DAYS - 1; d >= 0; d--) {
                    LocalDate date = last.minusDays(d);
                    for (int i = 0; i < day.size(); i++) diary.log(day.get(i), date.atTime(times.get(i)), null, eaten.get(i));
                }
                double fillSeconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("diary: %d days x %d entries logged in %.1f s (%.1f ms an entry, each its own transaction with its history row)%n",
                        DAYS, day.size(), fillSeconds, fillSeconds * 1000 / (DAYS * day.size()));
            }

            LocalDate from = LocalDate.of(2026, 10, 1);
            LocalDate to = LocalDate.of(2026, 10, 31);
            int checkEntries = 0;
            for (int i = 0; i < WARM_UP; i++) checkEntries = monthView(diary, from, to);
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                checkEntries = monthView(diary, from, to);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("month view (%s to %s, %d entries), warm, %d runs: median %.1f ms, p95 %.1f ms, max %.1f ms (budget 150 ms)%n",
                    from, to, checkEntries, RUNS, ms[RUNS / 2], ms[(int) (RUNS * 0.95)], ms[RUNS - 1]);
            long t0 = System.nanoTime();
            int foods = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) foods += diary.eatenFoods(d).size();
            System.out.printf("eatenFoods for each day of the month: %d foods in %.1f ms%n", foods, (System.nanoTime() - t0) / 1e6);
            InsightsService insights = app.insights();
            for (int i = 0; i < WARM_UP; i++) insights.insights();
            double[] insightMs = new double[RUNS];
            Insights last8 = null;
            for (int i = 0; i < RUNS; i++) {
                long t1 = System.nanoTime();
                last8 = insights.insights();
                insightMs[i] = (System.nanoTime() - t1) / 1e6;
            }
            Arrays.sort(insightMs);
            System.out.printf("insights (last %d weeks, %d days logged), warm, %d runs: median %.1f ms, p95 %.1f ms, max %.1f ms (budget 150 ms)%n",
                    last8.weeks(), last8.loggedDays(), RUNS, insightMs[RUNS / 2], insightMs[(int) (RUNS * 0.95)], insightMs[RUNS - 1]);
            long t2 = System.nanoTime();
            Insights year = insights.insights(52);
            System.out.printf("insights of 52 weeks (%d days logged), once: %.1f ms%n", year.loggedDays(), (System.nanoTime() - t2) / 1e6);
            System.out.println("store: " + dir.resolve("store") + (args.length > 0 ? " (kept)" : " (temporary)"));
        }
    }

    private static int monthView(DiaryService diary, LocalDate from, LocalDate to) {
        diary.targets();
        List<DiaryDay> days = diary.days(from, to);
        return days.stream().mapToInt(DiaryDay::entryCount).sum();
    }
}
