package dev.fridgechef.bench;

import dev.fridgechef.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of scripts/bench.sh ai-procs, from the fake server's log of answers sent and the
 * store the processes shared: model calls sent, the most in any 60 s (by the server's clock and by
 * the ledger's), and paid answers lost (sent in full by the server but not stored with their call).
 * <pre>AiProcsReport STORE SERVED_LOG</pre>
 */
public final class AiProcsReport {
    public static void main(String[] args) throws Exception {
        Path log = Path.of(args[1]);
        List<Long> served = new ArrayList<>();
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log)) if (!line.isBlank()) served.add(Long.parseLong(line.split(" ")[0]));
        }
        try (Store store = Store.open(Path.of(args[0]))) {
            var jdbi = store.jdbi();
            List<Long> sent = jdbi.withHandle(h -> h.createQuery("SELECT DATEDIFF('MILLISECOND', TIMESTAMP '1970-01-01 00:00:00', at) FROM llm_call "
                    + "WHERE NOT cache_hit ORDER BY at").mapTo(Long.class).list());
            List<Map<String, Object>> outcomes = jdbi.withHandle(h -> h.createQuery("SELECT outcome, COUNT(*) AS n FROM llm_call "
                    + "WHERE NOT cache_hit GROUP BY outcome ORDER BY outcome").mapToMap().list());
            int answers = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM llm_answer").mapTo(Integer.class).one());
            System.out.printf("model calls: %d sent (ledger), %d answered in full (server); most in any 60 s: %d (server), %d (ledger)%n",
                    sent.size(), served.size(), maxInMinute(served), maxInMinute(sent));
            System.out.printf("outcomes: %s%n", outcomes.stream().map(m -> m.get("outcome") + " " + m.get("n")).toList());
            System.out.printf("paid answers stored with their call: %d of %d (lost: %d)%n", answers, served.size(), Math.max(0, served.size() - answers));
        }
    }

    private static int maxInMinute(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        int best = 0;
        int from = 0;
        for (int i = 0; i < sorted.size(); i++) {
            while (sorted.get(i) - sorted.get(from) >= 60_000) from++;
            best = Math.max(best, i - from + 1);
        }
        return best;
    }

    private AiProcsReport() {
    }
}
