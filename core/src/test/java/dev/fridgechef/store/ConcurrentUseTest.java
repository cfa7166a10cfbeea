package dev.fridgechef.store;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestStores;
import dev.fridgechef.inventory.ItemDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Threads of one process (the desktop app's workers) changing the same item: every change counts. */
class ConcurrentUseTest {
    @TempDir
    Path dir;

    @Test
    void fortyConcurrentUsesOfTenGramsTakeFourHundredGrams() throws Exception {
        try (FridgeChef app = TestStores.open(dir)) {
            app.inventory().add(ItemDraft.of("rice", "1000", "g"));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) done.add(pool.submit(() -> app.inventory().use("rice", "10", "g")));
            for (Future<?> f : done) f.get();
            pool.shutdown();
            assertThat(app.inventory().list().get(0).item().quantity()).isEqualTo(600.0);
        }
    }

    @Test
    void concurrentEditsAndUsesOfOneItemAllApply() throws Exception {
        try (FridgeChef app = TestStores.open(dir)) {
            long id = app.inventory().add(ItemDraft.of("rice", "1000", "g")).item().id();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                done.add(pool.submit(() -> app.inventory().use("rice", "10", "g")));
                done.add(pool.submit(() -> app.inventory().edit(id, new ItemDraft(null, null, null, null, null, null, "note " + n, null), false)));
            }
            for (Future<?> f : done) f.get();
            pool.shutdown();
            assertThat(app.inventory().get(id).item().quantity()).isEqualTo(800.0);
        }
    }
}
