package dev.fridgechef.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.food.FoodDatabase;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real {@code fridge} command in-process against a store of its own (a {@code --db} path
 * inside a JUnit temp folder), with a fixed clock and an English environment. The food database is
 * loaded once for the whole test run and shared (it is immutable).
 */
final class CliRunner {
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();

    private static FoodDatabase foods;

    static synchronized FoodDatabase foods() {
        if (foods == null) foods = FoodDatabase.load();
        return foods;
    }

    /** What one command line did: its exit code and everything it printed. */
    record Result(int exitCode, String out, String err) {
        /** The standard output parsed as JSON (fails the test with the output shown if it is not JSON). */
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + e.getOriginalMessage() + "\n" + this, e);
            }
        }

        /** Asserts exit code 0 and returns this result. */
        Result ok() {
            assertThat(exitCode).as("exit code of a command that should succeed\n%s", this).isZero();
            return this;
        }

        /** Asserts the exit code and returns this result. */
        Result exit(int expected) {
            assertThat(exitCode).as("exit code\n%s", this).isEqualTo(expected);
            return this;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    private final Path dir;
    private final Map<String, String> env;
    private final Clock clock;
    private final Terminal terminal;

    /** No one at the keyboard, as in a script. */
    static final Terminal NO_TERMINAL = Terminal.none();

    CliRunner(Path dir) {
        this(dir, Map.of("LANG", "en_US.UTF-8"), CLOCK, NO_TERMINAL);
    }

    private CliRunner(Path dir, Map<String, String> env, Clock clock, Terminal terminal) {
        this.dir = dir;
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.terminal = terminal;
    }

    /** The same store seen with other environment variables (replacing all of them). */
    CliRunner withEnv(Map<String, String> newEnv) {
        return new CliRunner(dir, newEnv, clock, terminal);
    }

    /**
     * The same store in English with an OpenAI-compatible provider at {@code server} (key
     * "sk-never-shown", model "local-model") and its config folder in the test's folder.
     */
    CliRunner withOpenAi(okhttp3.mockwebserver.MockWebServer server) {
        return withEnv(Map.of("LANG", "en_US.UTF-8", "OPENAI_API_KEY", "sk-never-shown",
                "OPENAI_BASE_URL", server.url("/v1").toString(), "OPENAI_MODEL", "local-model",
                "XDG_CONFIG_HOME", dir.resolve("config").toString()));
    }

    /** The same store, some days later. */
    CliRunner daysLater(int days) {
        return new CliRunner(dir, env, Clock.offset(clock, Duration.ofDays(days)), terminal);
    }

    /** The same store run on an interactive terminal where the person types {@code answer} at every question. */
    CliRunner typing(String answer) {
        return new CliRunner(dir, env, clock, new Terminal() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public String readLine(String prompt) {
                return answer;
            }
        });
    }

    /** The same store with {@code input} piped to the standard input (not a terminal). */
    CliRunner withInput(String input) {
        java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.StringReader(input));
        return new CliRunner(dir, env, clock, new Terminal() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public String readLine(String prompt) {
                return null;
            }

            @Override
            public String nextLine() {
                try {
                    return lines.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    Path dir() {
        return dir;
    }

    /** The --db path (H2 adds ".mv.db"). */
    Path store() {
        return dir.resolve("store");
    }

    boolean storeExists() {
        return Files.exists(dir.resolve("store.mv.db"));
    }

    /** Runs {@code fridge --db <store> args...}. */
    Result run(String... args) {
        List<String> full = new ArrayList<>(List.of("--db", store().toString()));
        full.addAll(List.of(args));
        return runWithoutDb(full.toArray(String[]::new));
    }

    /** Runs {@code fridge args...} exactly as given (no --db added). */
    Result runWithoutDb(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FridgeCommand.run(args, new HashMap<>(env), new PrintWriter(out, true), new PrintWriter(err, true), clock,
                CliRunner::foods, terminal);
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code list --json}, which must succeed. */
    JsonNode list() {
        return run("list", "--json").ok().json();
    }

    /** Adds an item (which must succeed) and returns it as printed by {@code add --json}. */
    JsonNode add(String... args) {
        List<String> full = new ArrayList<>(List.of("add"));
        full.addAll(List.of(args));
        full.add("--json");
        return run(full.toArray(String[]::new)).ok().json();
    }

    /** Writes a UTF-8 file in the temp folder and returns its path. */
    Path file(String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
