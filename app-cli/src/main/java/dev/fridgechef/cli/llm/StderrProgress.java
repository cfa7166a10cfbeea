package dev.fridgechef.cli.llm;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.llm.LlmProgress;
import dev.fridgechef.llm.LlmTask;

import java.time.Duration;
import java.util.function.Supplier;

/** Tells the person on standard error what a model call is waiting for: a 429, a slow provider, the part being asked for. */
public final class StderrProgress implements LlmProgress {
    private final CliContext context;

    public StderrProgress(CliContext context) {
        this.context = context;
    }

    /** Runs {@code work} with its model calls' waits shown on standard error. */
    public static <T> T showing(CliContext context, Supplier<T> work) {
        return new LlmTask(new StderrProgress(context)).run(work);
    }

    @Override
    public void rateLimited(String provider, Duration wait) {
        say("cli.llm.ratelimited", provider, seconds(wait));
    }

    @Override
    public void retrying(String provider, String outcome, Duration wait) {
        say("cli.llm.retrying", provider, outcome, seconds(wait));
    }

    @Override
    public void waiting(String provider, Duration elapsed) {
        say("cli.llm.waiting", provider, elapsed.toSeconds());
    }

    private void say(String key, Object... args) {
        context.err().println(context.text(key, args));
        context.err().flush();
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
