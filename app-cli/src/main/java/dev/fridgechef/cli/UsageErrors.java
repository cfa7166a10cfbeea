package dev.fridgechef.cli;

import dev.fridgechef.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A mistake in the command line, told in the person's language from picocli's exception and its
 * data (the unknown word and what it resembles, the missing parameter, the option given twice, the
 * value that is not a number); picocli's own English text only for a kind not told here. The
 * "describe" helpers return null for such a kind.
 */
final class UsageErrors {
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class);

    private UsageErrors() {
    }

    /** The message for {@code e}, raised while parsing {@code args}. */
    static String describe(CommandLine.ParameterException e, String[] args, Messages messages) {
        String problem = switch (e) {
            case CommandLine.UnmatchedArgumentException u -> unmatched(u, messages);
            case CommandLine.MissingParameterException m -> missing(m, messages);
            case CommandLine.OverwrittenOptionException o -> messages.format("cli.usage.twice", name(o.getOverwritten()));
            case CommandLine.MutuallyExclusiveArgsException x -> exclusive(x, args, messages);
            case CommandLine.MaxValuesExceededException x -> {
                String repeated = repeatedInGroup(x, args);
                yield repeated == null ? null : messages.format("cli.usage.twice", repeated);
            }
            default -> e.getCause() instanceof CommandLine.TypeConversionException && e.getArgSpec() != null ? badValue(e, messages) : null;
        };
        return messages.format("cli.usage.error", problem == null ? e.getMessage() : problem);
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException e, Messages messages) {
        String problem;
        List<String> suggestions = e.getSuggestions();
        if (e.isUnknownOption()) {
            problem = messages.format("cli.usage.option.unknown", quoted(e.getUnmatched(), messages));
        } else if (e.getCommandLine().getSubcommands().isEmpty()) {
            problem = messages.format("cli.usage.argument.extra", quoted(e.getUnmatched(), messages));
        } else {
            // the words after an unknown command are its would-be arguments; picocli lists up to three
            // commands by likeness, the later ones often far off ("plna": plan, supplements)
            problem = messages.format("cli.usage.command.unknown", quoted(e.getUnmatched().subList(0, 1), messages));
            suggestions = suggestions.stream().limit(1).toList();
        }
        return suggestions.isEmpty() ? problem : problem + " " + messages.format("cli.usage.suggest", String.join(", ", suggestions));
    }

    private static String missing(CommandLine.MissingParameterException e, Messages messages) {
        List<ArgSpec> missing = e.getMissing();
        List<String> names = missing.stream().map(UsageErrors::name).toList();
        String key = missing.stream().allMatch(ArgSpec::isOption) ? "cli.usage.missing.option" : "cli.usage.missing.parameter";
        return messages.format(key, String.join(", ", names));
    }

    /** The options of one exclusive group that the command line gives together. */
    private static String exclusive(CommandLine.MutuallyExclusiveArgsException e, String[] args, Messages messages) {
        for (CommandLine.Model.ArgGroupSpec group : e.getCommandLine().getCommandSpec().argGroups()) {
            if (!group.exclusive()) continue;
            List<String> given = group.options().stream().map(OptionSpec::longestName).filter(name -> occurrences(name, args) > 0).toList();
            if (given.size() > 1) return messages.format("cli.usage.exclusive", String.join(", ", given));
        }
        return null;
    }

    /** An option of a group given twice ({@code edit 1 --opened --opened}), which picocli counts as two matches of the group. */
    private static String repeatedInGroup(CommandLine.MaxValuesExceededException e, String[] args) {
        for (CommandLine.Model.ArgGroupSpec group : e.getCommandLine().getCommandSpec().argGroups()) {
            for (OptionSpec option : group.options()) {
                String name = option.longestName();
                if (occurrences(name, args) > 1) return name;
            }
        }
        return null;
    }

    private static String badValue(CommandLine.ParameterException e, Messages messages) {
        ArgSpec arg = e.getArgSpec();
        Class<?> type = arg.auxiliaryTypes()[0];
        String name = name(arg);
        if (WHOLE_NUMBERS.contains(type)) return messages.format("cli.usage.value.whole", name, e.getValue());
        if (NUMBERS.contains(type)) return messages.format("cli.usage.value.number", name, e.getValue());
        if (type == boolean.class || type == Boolean.class) return messages.format("cli.usage.value.none", name, e.getValue());
        if (type.isEnum()) {
            List<String> choices = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList();
            return messages.format("cli.usage.value.choice", name, e.getValue(), String.join(", ", choices));
        }
        return null;
    }

    /** How many times the command line gives {@code option} ("--in fridge" or "--in=fridge"). */
    private static long occurrences(String option, String[] args) {
        return Arrays.stream(args).filter(a -> a.equals(option) || a.startsWith(option + "=")).count();
    }

    /** An option's longest name ("--in"), a positional parameter's label ("NAME QTY UNIT"). */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String quoted(List<String> words, Messages messages) {
        return String.join(", ", words.stream().map(w -> messages.format("cli.usage.quoted", w)).toList());
    }
}
