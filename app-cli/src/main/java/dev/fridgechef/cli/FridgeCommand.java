package dev.fridgechef.cli;

import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.ImportException;
import dev.fridgechef.inventory.RowProblem;
import dev.fridgechef.logging.Logs;
import dev.fridgechef.cli.food.FoodCommand;
import dev.fridgechef.cli.inventory.AddCommand;
import dev.fridgechef.cli.inventory.EditCommand;
import dev.fridgechef.cli.inventory.ExportCommand;
import dev.fridgechef.cli.inventory.ImportCommand;
import dev.fridgechef.cli.inventory.ListCommand;
import dev.fridgechef.cli.inventory.RemoveCommand;
import dev.fridgechef.cli.inventory.UseCommand;
import dev.fridgechef.cli.privacy.ForgetCommand;
import dev.fridgechef.cli.profile.ProfileCommand;
import dev.fridgechef.cli.supplements.SupplementsCommand;
import dev.fridgechef.cli.plan.CookCommand;
import dev.fridgechef.cli.plan.CookedCommand;
import dev.fridgechef.cli.plan.PlanCommand;
import dev.fridgechef.cli.recipe.RecipeCommand;
import dev.fridgechef.cli.chat.ChatCommand;
import dev.fridgechef.cli.llm.LlmCommand;
import dev.fridgechef.cli.job.JobsCommand;
import dev.fridgechef.cli.llm.UsageCommand;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.slf4j.LoggerFactory;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;

/** The {@code fridge} command: global options, the subcommands, and how errors become exit codes. */
@Command(name = "fridge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, usageHelpAutoWidth = true)
public final class FridgeCommand implements Runnable {
    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(AddCommand.class, ListCommand.class, UseCommand.class, RemoveCommand.class,
            EditCommand.class, ImportCommand.class, ExportCommand.class, ForgetCommand.class, FoodCommand.class, ProfileCommand.class,
            SupplementsCommand.class, PlanCommand.class, dev.fridgechef.cli.diary.DayCommand.class, CookCommand.class, CookedCommand.class,
            dev.fridgechef.cli.diary.AteCommand.class, dev.fridgechef.cli.diary.DiaryCommand.class, dev.fridgechef.cli.insights.InsightsCommand.class,
            dev.fridgechef.cli.plan.PantryCommand.class, RecipeCommand.class, dev.fridgechef.cli.folder.FoldersCommand.class, LlmCommand.class, ChatCommand.class, UsageCommand.class,
            JobsCommand.class, dev.fridgechef.cli.sync.SyncCommand.class, dev.fridgechef.cli.sync.HistoryCommand.class, dev.fridgechef.cli.store.StoreCommand.class, dev.fridgechef.cli.resident.ResidentCommand.class, dev.fridgechef.cli.admin.AdminCommand.class, DemoCommand.class, DoctorCommand.class,
            AutoComplete.GenerateCompletion.class);
    static final String HELP_BUNDLE = "fridgechef.cli.help";
    static final String CLI_MESSAGES = "fridgechef.cli.messages";
    /** Bad rows of an import listed one by one; the rest are counted. */
    static final int MAX_PROBLEMS_SHOWN = 50;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final CliContext context;

    public FridgeCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "db", scope = CommandLine.ScopeType.INHERIT)
    void setDatabase(String path) {
        context.setDatabaseOption(path);
    }

    @Option(names = "--lang", paramLabel = "en|ru", descriptionKey = "lang", scope = CommandLine.ScopeType.INHERIT)
    String language; // read before parsing, in languageOf(); declared here for help and validation

    @Option(names = "--verbose", descriptionKey = "verbose", scope = CommandLine.ScopeType.INHERIT)
    void setVerbose(boolean verbose) {
        if (verbose) context.showDebugOutput();
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.helpOut());
    }

    /** The commands that never open the store (the food table is all they read). */
    private static final java.util.Set<String> WITHOUT_STORE = java.util.Set.of("food");

    /** What {@link #runReadOnly} returns when the command does more than read: nothing ran. */
    public static final int NOT_READ_ONLY = -1;

    private static final java.nio.file.Path WORKING_DIRECTORY = java.nio.file.Path.of("").toAbsolutePath();

    /** Decides, once the command line is read, whether its command runs. */
    @FunctionalInterface
    private interface Admission {
        boolean admit(boolean readsOnly);
    }

    /** Done when logging is set up; a log call made before would be queued and reported on stderr by SLF4J. */
    private static volatile CompletableFuture<Void> logSetup;

    /**
     * Runs {@code args} in this process with its own streams and keyboard and {@code env}, and returns the exit
     * code; {@code readOnly} is told when the command only reads (a resident process could have answered it).
     */
    public static int main(String[] args, Map<String, String> env, Runnable readOnly) {
        // While the command line is read, one thread sets up logging (a tenth of a second) and, for a command
        // that opens the store, another loads H2's engine and JDBI. JDBI waits for logging: it logs as it
        // starts, and a log call made while logging is being set up ends in a warning on stderr.
        String name = subcommandName(args);
        if (name != null && !helpOrVersion(args)) {
            CompletableFuture<Void> setup = new CompletableFuture<>();
            logSetup = setup;
            Thread.ofPlatform().daemon().name("log-setup").start(() -> {
                try {
                    Logs.awaitSetUp();
                } finally {
                    setup.complete(null);
                }
            });
            if (!WITHOUT_STORE.contains(name)) {
                Thread.ofPlatform().daemon().name("store-warm-up").start(() -> dev.fridgechef.store.Store.warmUp(setup::join));
            }
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), StandardCharsets.UTF_8), true);
        return run(args, env, out, err, Clock.systemDefaultZone(), FoodDatabase::load, Terminal.system(), WORKING_DIRECTORY,
                readsOnly -> {
                    if (readsOnly) readOnly.run();
                    return true;
                });
    }

    /**
     * Runs {@code args} only when its command only reads (no help, no question, nothing changed), as the
     * resident process does for another {@code fridge} process; paths are relative to {@code workingDirectory}.
     * Returns the exit code, or {@link #NOT_READ_ONLY} when nothing ran.
     */
    public static int runReadOnly(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, Clock clock,
                                  java.util.function.Supplier<FoodDatabase> foods, java.nio.file.Path workingDirectory) {
        return run(args, env, out, err, clock, foods, Terminal.none(), workingDirectory, readsOnly -> readsOnly);
    }

    /** Runs one command line and returns its exit code: 0 ok, 1 failure, 2 usage error. */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, Clock clock,
                          java.util.function.Supplier<FoodDatabase> foods) {
        return run(args, env, out, err, clock, foods, Terminal.system());
    }

    /** The same, with the keyboard given (tests type confirmations through it). */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, Clock clock,
                          java.util.function.Supplier<FoodDatabase> foods, Terminal terminal) {
        return run(args, env, out, err, clock, foods, terminal, WORKING_DIRECTORY, readsOnly -> true);
    }

    private static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, Clock clock,
                           java.util.function.Supplier<FoodDatabase> foods, Terminal terminal, java.nio.file.Path workingDirectory,
                           Admission admission) {
        Locale locale;
        try {
            locale = languageOf(args, env);
        } catch (UserException e) {
            err.println(e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        Messages messages = Messages.forLocale(locale, CLI_MESSAGES);
        try (CliContext context = new CliContext(out, err, env, clock, foods, messages, terminal, workingDirectory)) {
            if (context.folders().debug()) context.showDebugOutput();
            CommandLine cli = commandLine(context, args);
            // debug output goes to this process's stderr, which a resident process does not have
            cli.setExecutionStrategy(parsed -> {
                if (!admission.admit(readsOnly(parsed) && !context.debugOutput())) return NOT_READ_ONLY;
                if (context.debugOutput()) Logs.verbose();
                return logAndRun(parsed);
            });
            return cli.execute(args);
        }
    }

    static CommandLine commandLine(CliContext context) {
        return commandLine(context, SUBCOMMANDS);
    }

    /**
     * The command line for {@code args}: with only the subcommand they name, since building every
     * command's model (about 60 commands and their options) is a third of a short command's start-up;
     * with all of them for help, completion, and anything that names none or an unknown one.
     */
    static CommandLine commandLine(CliContext context, String[] args) {
        String name = subcommandName(args);
        if (name != null) {
            for (Class<?> c : SUBCOMMANDS) {
                Command command = c.getAnnotation(Command.class);
                if (c != AutoComplete.GenerateCompletion.class && (command.name().equals(name) || List.of(command.aliases()).contains(name))) {
                    return commandLine(context, List.of(c));
                }
            }
        }
        return commandLine(context);
    }

    private static boolean helpOrVersion(String[] args) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version") || a.equals("help")) return true;
        }
        return false;
    }

    /** The first word of {@code args} that is neither an option nor an option's value; null when there is none. */
    static String subcommandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (Main.VALUE_OPTIONS.contains(a)) {
                i++;
                continue;
            }
            if (a.startsWith("-")) continue;
            return a;
        }
        return null;
    }

    private static CommandLine commandLine(CliContext context, List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new FridgeCommand(context), new ContextFactory(context));
        for (Class<?> c : subcommands) cli.addSubcommand(c);
        // "1,5" with a Russian decimal comma is 1.5 wherever an option takes a number (--servings 1,5)
        CommandLine.ITypeConverter<Double> decimal = s -> {
            try {
                return Double.valueOf(s.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + s + "' is not a double");
            }
        };
        cli.registerConverter(Double.class, decimal);
        cli.registerConverter(Double.TYPE, decimal);
        cli.setResourceBundle(ResourceBundle.getBundle(HELP_BUNDLE, context.messages().locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cli.setOut(context.helpOut());
        cli.setErr(context.helpErr());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        useRootVersion(cli, cli.getCommandSpec().versionProvider());
        // a relative path given to a command is relative to the folder the person ran it in
        cli.registerConverter(java.nio.file.Path.class, s -> context.workingDirectory().resolve(s));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine, context));
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = context.err();
            err.println(UsageErrors.describe(e, args, context.messages()));
            err.println(context.text("cli.usage.hint", e.getCommandLine().getCommandSpec().qualifiedName()));
            return CommandLine.ExitCode.USAGE;
        });
        return cli;
    }

    /** Every subcommand offers -V/--version (mixinStandardHelpOptions); without a provider it would print nothing. */
    private static void useRootVersion(CommandLine command, CommandLine.IVersionProvider provider) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (sub.getCommandSpec().versionProvider() == null && sub.getCommandSpec().version().length == 0) {
                sub.getCommandSpec().versionProvider(provider);
            }
            useRootVersion(sub, provider);
        }
    }

    /** Whether the command line names a command that only reads, with no help or version asked for. */
    private static boolean readsOnly(CommandLine.ParseResult parsed) {
        List<CommandLine> commands = parsed.asCommandLineList();
        return !helpOrVersionAsked(parsed) && commands.get(commands.size() - 1).getCommand() instanceof ReadsOnly;
    }

    private static boolean helpOrVersionAsked(CommandLine.ParseResult parsed) {
        return parsed.asCommandLineList().stream().anyMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested());
    }

    /** Logs the command's name (never its arguments: they are the person's data), then runs it. */
    private static int logAndRun(CommandLine.ParseResult parsed) {
        List<CommandLine> commands = parsed.asCommandLineList();
        // help and --version stay free of logging's start-up cost
        if (!helpOrVersionAsked(parsed)) {
            awaitLogSetup();
            LoggerFactory.getLogger(FridgeCommand.class).info("command {}", commands.get(commands.size() - 1).getCommandSpec().qualifiedName());
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    private static void awaitLogSetup() {
        CompletableFuture<Void> setup = logSetup;
        if (setup != null) setup.join();
    }

    private static int handle(Exception e, CommandLine command, CliContext context) {
        PrintWriter err = context.err();
        if (e instanceof ImportException ie) {
            err.println(ie.localizedMessage(context.messages()));
            List<RowProblem> problems = ie.problems();
            for (RowProblem p : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_SHOWN))) {
                err.println(context.text("cli.import.line", p.line(), p.problem().localizedMessage(context.messages())));
            }
            if (problems.size() > MAX_PROBLEMS_SHOWN) err.println(context.text("cli.import.more", problems.size() - MAX_PROBLEMS_SHOWN));
            return CommandLine.ExitCode.SOFTWARE;
        }
        if (e instanceof UserException ue) {
            err.println(ue.localizedMessage(context.messages()));
            return CommandLine.ExitCode.SOFTWARE;
        }
        var known = dev.fridgechef.store.StoreErrors.translate(e);
        if (known.isPresent()) {
            err.println(known.get().localizedMessage(context.messages()));
            return CommandLine.ExitCode.SOFTWARE;
        }
        awaitLogSetup();
        LoggerFactory.getLogger(FridgeCommand.class).error("command {} failed", command.getCommandSpec().qualifiedName(), e);
        err.println(context.text("cli.internal.error", String.valueOf(e)));
        if (context.env().containsKey("FRIDGECHEF_DEBUG")) e.printStackTrace(err);
        else err.println(Logs.currentFile().map(log -> context.text("cli.internal.hint.log", log)).orElse(context.text("cli.internal.hint")));
        return CommandLine.ExitCode.SOFTWARE;
    }

    /** --lang wins, then FRIDGECHEF_LANG, LC_ALL, LC_MESSAGES and LANG, then the JVM's default locale. */
    static Locale languageOf(String[] args, Map<String, String> env) {
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            if (a.equals("--")) break;
            if (a.equals("--lang") && i + 1 < list.size()) return Messages.parseLanguage(list.get(i + 1));
            if (a.startsWith("--lang=")) return Messages.parseLanguage(a.substring("--lang=".length()));
        }
        return Messages.fromEnvironment(env);
    }

    /** Creates commands with the shared context handed to their constructors. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(CliContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
