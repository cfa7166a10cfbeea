package dev.fridgechef.store;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.inventory.ItemDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The desktop app and the CLI are two processes on one store: both must be able to write at once. */
class TwoProcessStoreTest {
    @TempDir
    Path dir;

    @Test
    void twoProcessesWriteTheSameStoreAtTheSameTime() throws Exception {
        Path db = dir.resolve("shared");
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        try (FridgeChef app = new FridgeChef(Store.open(db), TestFoods.get(), TestStores.CLOCK)) {
            Process child = new ProcessBuilder(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                    ConcurrentWriter.class.getName(), db.toString(), "40"))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            for (int i = 0; i < 40; i++) app.inventory().add(ItemDraft.of("parent item " + i, "100", "g"));
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
            assertThat(app.inventory().list()).hasSize(80);
        }
        // and the store opens again afterwards with everything in it
        try (FridgeChef again = new FridgeChef(Store.open(db), TestFoods.get(), TestStores.CLOCK)) {
            assertThat(again.inventory().list()).hasSize(80);
        }
    }
}
