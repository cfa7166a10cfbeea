package dev.fridgechef.bench;

import dev.fridgechef.store.stress.KillTest;
import dev.fridgechef.store.stress.StressTest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The store under real concurrent processes (scripts/bench.sh store [ROUNDS] [KILL_ROUNDS]):
 * ROUNDS rounds of 8 processes × 50 random operations plus an "app" process, each checked against
 * the serial sum of what the processes reported; then KILL_ROUNDS kill -9 rounds of a writer.
 */
public final class StoreBench {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int killRounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int processes = 8;
        int ops = 50;
        int failures = 0;
        int differences = 0;
        long totalMillis = 0;
        for (int r = 1; r <= rounds; r++) {
            Path dir = Files.createTempDirectory("fridgechef-stress-");
            StressTest.Result result = StressTest.round(dir, processes, ops);
            failures += result.failures();
            differences += result.differences().size();
            totalMillis += result.millis();
            System.out.printf("round %2d: %d processes × %d operations + app: %s in %.1f s%s%n", r, processes, ops,
                    result.ok() ? "exact" : "WRONG", result.millis() / 1000.0, result.ok() ? "" : " " + result.differences());
        }
        System.out.printf("stress: %d rounds, %d operations, %d failed processes, %d differences from the serial sum, %.1f s a round%n",
                rounds, rounds * processes * ops, failures, differences, totalMillis / 1000.0 / Math.max(1, rounds));
        if (killRounds > 0) {
            long start = System.currentTimeMillis();
            KillTest.Result kill = KillTest.run(Files.createTempDirectory("fridgechef-kill-"), killRounds, 2026);
            System.out.printf("kill -9: %d rounds, the store opened %d times, %d torn or lost operations%s (%.0f s)%n", kill.rounds(), kill.opened(),
                    kill.problems().size(), kill.problems().isEmpty() ? "" : " " + kill.problems(), (System.currentTimeMillis() - start) / 1000.0);
        }
    }
}
