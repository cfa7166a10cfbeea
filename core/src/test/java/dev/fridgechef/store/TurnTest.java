package dev.fridgechef.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The process whose turn it is sees whether another process waits for it, and only then. */
class TurnTest {
    @TempDir
    Path dir;

    @Test
    void theHolderSeesAProcessWaitingAndNoOneOnceItHasHadItsTurn() throws Exception {
        Path db = dir.resolve("store");
        Turn turn = Turn.of(db);
        turn.take(Duration.ofSeconds(5));
        try {
            assertThat(turn.othersWaiting()).as("no one waits yet").isFalse();
            String javaBin = ProcessHandle.current().info().command().orElse("java");
            Process waiter = new ProcessBuilder(List.of(javaBin, "-cp", System.getProperty("java.class.path"), TurnWaiter.class.getName(),
                    db.toString())).redirectErrorStream(true).redirectOutput(dir.resolve("waiter.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!turn.othersWaiting() && System.nanoTime() < deadline && waiter.isAlive()) Thread.sleep(20);
            assertThat(turn.othersWaiting()).as("the second process waits").isTrue();
            turn.give();
            assertThat(waiter.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(dir.resolve("waiter.log"))).contains("taken");
            turn.take(Duration.ofSeconds(5));
            assertThat(turn.othersWaiting()).as("the waiter had its turn and is gone").isFalse();
        } finally {
            turn.give();
        }
    }
}
