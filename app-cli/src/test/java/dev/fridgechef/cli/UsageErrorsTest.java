package dev.fridgechef.cli;

import dev.fridgechef.cli.CliRunner.Result;
import dev.fridgechef.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each kind of mistake picocli finds in a command line is told in English and in Russian from the
 * bundles, with exit code 2; the Russian text has no English word but the names of commands and
 * options, parameter labels and the words the person typed.
 */
class UsageErrorsTest {
    /** What may stay Latin in a Russian message: quoted words, options, labels ("NAME QTY UNIT"), the help line's command. */
    private static final String ALLOWED_LATIN = "«[^»]*»|--[a-z-]+|\\b[A-Z_]+\\b|fridge( [a-z-]+)* --help|\\b(plan|show)\\b";

    record Case(List<String> args, String english, String russian) {
        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case(List.of("list", "--bogus"), "unknown option '--bogus'.", "неизвестная опция «--bogus»."),
                new Case(List.of("list", "--jso"), "unknown option '--jso'. Did you mean: --json?",
                        "неизвестная опция «--jso». Возможно, вы имели в виду: --json"),
                new Case(List.of("plna"), "unknown command 'plna'. Did you mean: plan?",
                        "неизвестная команда «plna». Возможно, вы имели в виду: plan"),
                new Case(List.of("recipe", "shwo", "1"), "unknown command 'shwo'. Did you mean: show?",
                        "неизвестная команда «shwo». Возможно, вы имели в виду: show"),
                new Case(List.of("list", "extra"), "unexpected argument 'extra'.", "лишний аргумент «extra»."),
                new Case(List.of("add"), "missing NAME QTY UNIT.", "не хватает NAME QTY UNIT."),
                new Case(List.of("add", "milk", "1", "l", "--in"), "missing a value for --in.", "не указано значение --in."),
                new Case(List.of("add", "milk", "1", "l", "--in", "fridge", "--in", "freezer"),
                        "option --in is given more than once.", "опция --in указана больше одного раза."),
                new Case(List.of("edit", "1", "--opened", "--closed"), "give only one of --opened, --closed.",
                        "укажите что-то одно из: --opened, --closed."),
                new Case(List.of("edit", "1", "--opened", "--opened"), "option --opened is given more than once.",
                        "опция --opened указана больше одного раза."),
                new Case(List.of("plan", "--days", "abc"), "the value of --days, 'abc', is not a whole number.",
                        "значение --days «abc» — не целое число."),
                new Case(List.of("profile", "set", "--height", "tall"), "the value of --height, 'tall', is not a number.",
                        "значение --height «tall» — не число."),
                new Case(List.of("list", "--json=yes"), "option --json takes no value, but was given 'yes'.",
                        "опция --json не принимает значения, а дано «yes»."));
    }

    @TempDir
    Path dir;
    private CliRunner cli;

    @BeforeEach
    void store() {
        cli = new CliRunner(dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void toldInEnglishAndRussian(Case c) {
        Result en = cli.run(c.args().toArray(String[]::new)).exit(2);
        assertThat(en.err()).startsWith("Usage error: " + c.english() + "\n").contains("See: fridge");

        List<String> ru = new java.util.ArrayList<>(List.of("--lang", "ru"));
        ru.addAll(c.args());
        String err = cli.run(ru.toArray(String[]::new)).exit(2).err();
        assertThat(err).startsWith("Ошибка в команде: " + c.russian() + "\n").contains("Справка: fridge");
        assertThat(err.replaceAll(ALLOWED_LATIN, "")).as("English left in\n%s", err).doesNotContainPattern("[A-Za-z]");
    }

    enum Meal { BREAKFAST, DINNER }

    @CommandLine.Command(name = "test")
    static final class WithChoice {
        @CommandLine.Option(names = "--meal")
        Meal meal;
    }

    @Test
    void aValueOutsideAnEnumListsTheChoices() {
        CommandLine command = new CommandLine(new WithChoice());
        CommandLine.ParameterException e = catchThrowableOfType(CommandLine.ParameterException.class,
                () -> command.parseArgs("--meal", "brunch"));
        assertThat(UsageErrors.describe(e, new String[] {"--meal", "brunch"}, Messages.forLocale(Messages.RUSSIAN, FridgeCommand.CLI_MESSAGES)))
                .isEqualTo("Ошибка в команде: значение --meal «brunch» — не из списка: breakfast, dinner.");
        assertThat(UsageErrors.describe(e, new String[] {"--meal", "brunch"}, Messages.forLocale(java.util.Locale.ENGLISH, FridgeCommand.CLI_MESSAGES)))
                .isEqualTo("Usage error: the value of --meal, 'brunch', is none of: breakfast, dinner.");
    }
}
