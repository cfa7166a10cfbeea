package dev.fridgechef.store;

import java.nio.file.Path;
import java.time.Duration;

/** A second process for {@link TurnTest}: waits for the turn on the store given, takes it, prints "taken" and gives it back. */
public final class TurnWaiter {
    private TurnWaiter() {
    }

    public static void main(String[] args) {
        Turn turn = Turn.of(Path.of(args[0]));
        turn.take(Duration.ofSeconds(60));
        System.out.println("taken");
        turn.give();
    }
}
