package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliRunner.Result;
import dev.fridgechef.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What every command shares: help, version, exit codes, language, error output, completion and the demo. */
class CliConventionsTest {
    private static final Pattern HASH = Pattern.compile("Inventory hash: ([0-9a-f]{64})");

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    /** Every command path of the real command tree: [add], [list], ..., [food, search], ... */
    static List<List<String>> commandPaths() {
        CliContext context = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(),
                CliRunner.CLOCK, CliRunner::foods, Messages.forLocale(Locale.ENGLISH, FridgeCommand.CLI_MESSAGES));
        List<List<String>> paths = new ArrayList<>();
        collect(FridgeCommand.commandLine(context), new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        command.getSubcommands().values().stream().distinct().forEach(sub -> {
            List<String> next = new ArrayList<>(path);
            next.add(sub.getCommandName());
            collect(sub, next, paths);
        });
    }

    @Test
    void theCommandTreeHasEveryCommand() {
        assertThat(commandPaths()).contains(List.of(), List.of("add"), List.of("list"), List.of("use"), List.of("remove"),
                List.of("edit"), List.of("import"), List.of("export"), List.of("food"), List.of("food", "search"),
                List.of("food", "show"), List.of("profile"), List.of("profile", "set"), List.of("profile", "show"),
                List.of("demo"), List.of("generate-completion"));
    }

    @ParameterizedTest(name = "fridge {0} --help")
    @MethodSource("commandPaths")
    void helpOnEveryCommand(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        Result r = cli.runWithoutDb(args.toArray(String[]::new)).ok();
        String name = String.join(" ", path);
        assertThat(r.out()).startsWith("Usage: fridge" + (name.isEmpty() ? "" : " " + name)).contains("--help").contains("--lang");
        assertThat(r.err()).isEmpty();
        // a description from the help bundle, not a missing key
        assertThat(r.out().lines().skip(1).filter(l -> !l.isBlank()).findFirst()).isPresent();
        assertThat(r.out()).doesNotContain(".usage.description");

        List<String> shortArgs = new ArrayList<>(path);
        shortArgs.add("-h");
        assertThat(cli.runWithoutDb(shortArgs.toArray(String[]::new)).ok().out()).isEqualTo(r.out());
        assertThat(cli.storeExists()).isFalse();
    }

    @Test
    void rootHelpListsTheCommands() {
        String out = cli.runWithoutDb("--help").ok().out();
        assertThat(out).contains("Fridge Chef: keep your fridge").contains("add").contains("list, ls").contains("remove, rm")
                .contains("import").contains("export").contains("food").contains("profile").contains("demo")
                .contains("generate-completion");
        assertThat(cli.runWithoutDb().ok().out()).isEqualTo(out);
    }

    @Test
    void russianHelp() {
        String out = cli.runWithoutDb("--lang", "ru", "add", "--help").ok().out();
        assertThat(out).startsWith("Использование: fridge add").contains("Добавить продукт в запасы.").contains("Параметры:");
    }

    @Test
    void version() {
        Result r = cli.runWithoutDb("--version").ok();
        assertThat(r.out()).startsWith("Fridge Chef ").contains("Java ");
        assertThat(cli.runWithoutDb("-V").ok().out()).isEqualTo(r.out());
        assertThat(cli.runWithoutDb("add", "--version").ok().out()).isEqualTo(r.out());
    }

    /** The entry point answers the version by itself, with picocli's text, and only when nothing else is asked. */
    @Test
    void entryPointAnswersTheVersionAlone() {
        assertThat(String.join(System.lineSeparator(), Main.version()) + System.lineSeparator())
                .isEqualTo(cli.runWithoutDb("--version").ok().out());
        assertThat(Main.versionOnly(new String[] {"--version"})).isTrue();
        assertThat(Main.versionOnly(new String[] {"--lang", "ru", "-V"})).isTrue();
        assertThat(Main.versionOnly(new String[] {"--db=/tmp/x", "--version"})).isTrue();
        assertThat(Main.versionOnly(new String[] {})).isFalse();
        assertThat(Main.versionOnly(new String[] {"add", "--version"})).isFalse();
        assertThat(Main.versionOnly(new String[] {"--version", "--bogus"})).isFalse();
        assertThat(Main.versionOnly(new String[] {"--lang", "--version"})).isFalse();
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result root = cli.run("--bogus").exit(2);
        assertThat(root.err()).contains("Usage error: unknown option '--bogus'.").contains("See: fridge --help");
        assertThat(root.out()).isEmpty();

        Result list = cli.run("list", "--bogus").exit(2);
        assertThat(list.err()).contains("unknown option '--bogus'.").contains("See: fridge list --help");

        Result food = cli.run("food", "search", "eggs", "--limit", "many").exit(2);
        assertThat(food.err()).contains("'many'").contains("See: fridge food search --help");
    }

    @Test
    void unknownCommandIsAUsageError() {
        Result r = cli.runWithoutDb("frobnicate").exit(2);
        assertThat(r.err()).contains("Usage error: unknown command 'frobnicate'.");
    }

    @Test
    void langRuGivesRussianMessages() {
        Result r = cli.run("--lang", "ru", "add", "milk", "1", "bucket").exit(1);
        assertThat(r.err()).contains("Неизвестная единица «bucket»");

        // --lang is also read after the subcommand, and as --lang=ru
        assertThat(cli.run("add", "milk", "1", "bucket", "--lang", "ru").exit(1).err()).contains("Неизвестная единица");
        assertThat(cli.run("--lang=ru", "add", "milk", "1", "bucket").exit(1).err()).contains("Неизвестная единица");

        Result usage = cli.run("--lang", "ru", "add", "milk", "1").exit(2);
        assertThat(usage.err()).contains("Ошибка в команде").contains("Справка: fridge add --help");

        Result added = cli.run("--lang", "ru", "add", "eggs", "6", "pcs").ok();
        assertThat(added.out()).contains("Добавлено: №1 eggs, 6 шт., холодильник").contains("яйца [01123], 264 г, 378 ккал");
        assertThat(cli.run("--lang", "ru", "list").ok().out()).contains("Название").contains("яйца");
    }

    @Test
    void environmentLanguageIsUsed() {
        CliRunner russian = cli.withEnv(Map.of("LANG", "ru_RU.UTF-8"));
        assertThat(russian.run("add", "milk", "1", "bucket").exit(1).err()).contains("Неизвестная единица «bucket»");

        // LC_ALL wins over LANG, and --lang wins over both
        assertThat(cli.withEnv(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "ru_RU.UTF-8")).run("add", "milk", "1", "bucket")
                .exit(1).err()).contains("Неизвестная единица");
        assertThat(russian.run("--lang", "en", "add", "milk", "1", "bucket").exit(1).err()).contains("Unknown unit \"bucket\"");
        assertThat(cli.run("add", "milk", "1", "bucket").exit(1).err()).contains("Unknown unit \"bucket\"");
    }

    @Test
    void unsupportedLanguageIsAUsageError() {
        Result r = cli.run("--lang", "fr", "list").exit(2);
        assertThat(r.err()).contains("Unknown language \"fr\": use en or ru.");
    }

    static List<List<String>> userErrors() {
        return List.of(
                List.of("add", "milk", "1", "bucket"),
                List.of("add", "milk", "-1", "l"),
                List.of("add", "milk", "1", "l", "--expires", "2026-02-30"),
                List.of("add", "milk", "1", "l", "--in", "garage"),
                List.of("add", "grandma's secret jam", "1", "jar"),
                List.of("add", "milk"),
                List.of("use", "milk", "1", "l"),
                List.of("remove", "42"),
                List.of("edit", "42", "--qty", "1"),
                List.of("import", "no-such-file.csv"),
                List.of("list", "--expiring", "soon"),
                List.of("food", "show", "99999"),
                List.of("profile", "set", "--height", "20"),
                List.of("profile", "set", "--allergies", "pollen"),
                List.of("--bogus"),
                List.of("--lang", "xx", "list"),
                List.of("--lang", "ru", "add", "milk", "1", "bucket"));
    }

    @ParameterizedTest(name = "fridge {0}")
    @MethodSource("userErrors")
    void userErrorsShowNoStackTrace(List<String> args) {
        Result r = cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isIn(1, 2);
        assertThat(r.err()).isNotBlank().doesNotContain("at dev.fridgechef").doesNotContain("Exception")
                .doesNotContain("Unexpected error").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void storeLocationComesFromFridgechefHomeWithoutDb() {
        CliRunner home = cli.withEnv(Map.of("LANG", "en_US.UTF-8", "FRIDGECHEF_HOME", dir.resolve("home").toString()));
        home.runWithoutDb("add", "eggs", "6", "pcs").ok();
        assertThat(Files.exists(dir.resolve("home").resolve("fridgechef.mv.db"))).isTrue();
        assertThat(home.runWithoutDb("list", "--json").ok().json()).hasSize(1);
        assertThat(cli.storeExists()).isFalse();
    }

    @Test
    void generateCompletionPrintsABashScript() {
        Result r = cli.runWithoutDb("generate-completion").ok();
        assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F").contains("fridge")
                .contains("add").contains("profile").contains("--expires");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void demoPrintsTheSampleStockWithAnInventoryHash() {
        Result r = cli.run("demo").ok();
        assertThat(r.out()).contains("Fridge Chef demo").contains("your own data is not touched")
                .contains("Sample stock, soonest expiry first")
                .contains("chicken breast").contains("гречка").contains("творог").contains("spinach")
                .contains("Items: 24;")
                .contains("Energy:        1666 kcal")
                .contains("A 3-day plan from this fridge").contains("Shopping list");
        Matcher hash = HASH.matcher(r.out());
        assertThat(hash.find()).as(r.out()).isTrue();
        // the same sample on the same day gives the same fridge
        assertThat(cli.run("demo").ok().out()).contains(hash.group(0));
        // the person's own store is never touched, and the throw-away store is deleted
        assertThat(cli.storeExists()).isFalse();
        Matcher store = Pattern.compile("throw-away store \\(([^)]+)\\)").matcher(r.out());
        assertThat(store.find()).isTrue();
        assertThat(Path.of(store.group(1))).doesNotExist();
    }

    @Test
    void demoJsonParses() {
        String text = cli.run("demo").ok().out();
        Matcher hash = HASH.matcher(text);
        assertThat(hash.find()).isTrue();

        JsonNode demo = cli.run("demo", "--json").ok().json();
        assertThat(demo.get("inventory_hash").asText()).isEqualTo(hash.group(1));
        assertThat(demo.get("stock")).hasSize(24);
        assertThat(demo.get("stock").get(0).get("name").asText()).isEqualTo("spinach");
        assertThat(demo.get("stock").get(0).get("days_left").asLong()).isEqualTo(1);
        assertThat(demo.get("profile").get("sex").asText()).isEqualTo("FEMALE");
        assertThat(demo.get("targets").get("energy").asDouble()).isCloseTo(1666.45, within(1e-6));
        assertThat(Path.of(demo.get("store").asText())).doesNotExist();
        assertThat(cli.storeExists()).isFalse();
    }
}
